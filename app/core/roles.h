#pragma once

#include <Qt>

namespace at {

// Roles shared by the item models. DisplayRole gives the text a person reads (translated, in the locale's
// formats); RawRole gives the value behind it (a Julian day, an enum as int, a double), which proxies sort
// and filter on and charts read.
enum Role {
    RawRole = Qt::UserRole + 1,
    IdRole,         // the record's id (QString)
    IndexRole,      // the record's index in the Dataset's vector (int)
    TitleRole,      // events: title; quotes: text; series: "QQ — active accounts"
    TimeRole,       // the time a view draws it at (double, Julian day)
    KindRole,       // int(at::Kind)
    StatusRole,     // int(at::Status)
    EntitiesRole,   // QList<int>: parties, quote entities, the series' entity
    SourceRole,     // int: source index
    ParagraphRole,  // int
    CitationRole,   // "Title, ¶N"
    DescriptionRole // a longer plain-text description (summary, claim) for tooltips and accessibility
};

} // namespace at
