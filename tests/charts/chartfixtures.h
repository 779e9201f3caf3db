// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

// Datasets shared by the chart tests: the embedded one, and a small one whose values span 50 million to
// 858 million and whose texts contain markup, to see that charts show data-derived text literally.
#include "app/core/document.h"
#include "app/core/import/json/jsonreader.h"

#include <QTest>

namespace chartfixtures {

inline constexpr char markupDataset[] = R"json({
 "format": "alliance-timeline-dataset", "version": 1,
 "sources": [ { "id": "s1", "title": "<img src=x> Article", "publisher": "P", "author": "A",
                "published": "2011-06", "paragraphs": 5 } ],
 "entities": [
  { "id": "a", "name": { "en": "Alpha", "zh": "阿尔法" }, "parent": null, "sector": "portal" },
  { "id": "b", "name": { "en": "Beta", "zh": "贝塔" }, "parent": null, "sector": "microblog" } ],
 "events": [
  { "id": "e1", "start": "2011-08-14", "end": null, "kind": "alliance", "status": "confirmed",
    "parties": ["a", "b"], "title": "<img src=x> deal", "summary": "S", "source": "s1", "paragraph": 2 } ],
 "series": [
  { "id": "b-users", "entity": "b", "metric": "registeredUsers", "unit": "count", "points": [
    { "date": "2010-Q4", "value": 50000000, "qualifier": "exact", "source": "s1", "paragraph": 3,
      "claim": "Fifty" },
    { "date": "2011-Q2", "value": 858000000, "qualifier": "approximately", "source": "s1", "paragraph": 4,
      "claim": "<img src=x> claim" } ] } ],
 "markets": [
  { "id": "m1", "sector": "microblog", "name": { "en": "<img src=x> market", "zh": "<img src=x> 市场" },
    "metric": "registeredUsers", "date": "2011-Q2", "total": 1000000000, "totalQualifier": "exact",
    "source": "s1", "paragraph": 4, "members": ["b-users"], "otherIncludes": ["a"] } ],
 "quotes": []
})json";

// Loads `json` into `document`; fails the calling test if it does not load.
inline bool load(at::Document &document, const at::LoadResult &result)
{
    if (!result.hasValue()) {
        for (const auto &e : at::errorsOf(result))
            qWarning("%s", qPrintable(e.toString()));
        return false;
    }
    document.setDataset(*result, QStringLiteral("test"));
    return true;
}

inline bool loadEmbedded(at::Document &document)
{
    return load(document, at::readEmbeddedDataset());
}

inline bool loadMarkup(at::Document &document)
{
    return load(document, at::readDatasetJson(QByteArrayView(markupDataset), QStringLiteral("markup.json")));
}

inline double middleOf(QStringView date)
{
    return at::FuzzyDate::parse(date)->middle();
}

} // namespace chartfixtures
