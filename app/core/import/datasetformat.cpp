// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "app/core/import/datasetformat.h"

#include <QCoreApplication>

namespace at::format {

namespace {

struct FormatText {
    Q_DECLARE_TR_FUNCTIONS(at::DatasetFormat)
};

// In the order of the field numbers in the header.
constexpr int v2 = 2;
constexpr Field text(std::string_view name, bool required)
{
    return Field{name, required, 1, 0, true};
}
constexpr Field onlyV1(std::string_view name)
{
    return Field{name, true, 1, 1, false, "citations"};
}
constexpr Field sourcesSpec[]{
    {"id", true},        text("title", true),  text("publisher", true),      text("author", true),
    {"published", true}, {"paragraphs", true}, text("publishedNote", false), {"note", false, v2, 0, true}};
constexpr Field entitiesSpec[]{
    {"id", true}, {"name", true}, {"parent", true}, {"sector", true}, text("note", false)};
constexpr Field namesSpec[]{{"en", true}, {"zh", true}};
constexpr Field eventsSpec[]{{"id", true},        {"start", true},         {"end", true},
                             {"kind", true},      {"status", true},        {"parties", true},
                             text("title", true), text("summary", true),   onlyV1("source"),
                             onlyV1("paragraph"), text("dateNote", false), {"citations", true, v2}};
constexpr Field seriesSpec[]{
    {"id", true}, {"entity", true}, {"metric", true}, {"unit", true}, {"points", true}};
constexpr Field pointsSpec[]{{"date", true},          {"value", true},        {"qualifier", true},
                             onlyV1("source"),        onlyV1("paragraph"),    text("claim", true),
                             text("dateNote", false), {"citations", true, v2}};
constexpr Field marketsSpec[]{{"id", true},
                              {"sector", true},
                              {"name", true},
                              {"metric", true},
                              {"date", true},
                              {"total", true},
                              {"totalQualifier", true},
                              onlyV1("source"),
                              onlyV1("paragraph"),
                              {"members", true},
                              {"otherIncludes", true},
                              {"citations", true, v2},
                              {"note", false, v2, 0, true}};
constexpr Field quotesSpec[]{{"id", true},
                             text("speaker", true),
                             text("role", true),
                             text("organisation", true),
                             text("text", true),
                             {"paraphrase", true},
                             {"date", true},
                             onlyV1("source"),
                             onlyV1("paragraph"),
                             {"events", true},
                             {"entities", true},
                             text("dateNote", false),
                             {"citations", true, v2},
                             {"translation", false, v2, 0, true, {}, true}};
constexpr Field citationsSpec[]{{"source", true}, {"paragraphs", true}};
constexpr Field localSpec[]{{"en", false}, {"zh", false}};
constexpr Field translationSpec[]{{"zh", true}};
constexpr Field topSpec[]{{"format", true}, {"version", true}, {"sources", true}, {"entities", true},
                          {"events", true}, {"series", true},  {"markets", true}, {"quotes", true}};

static_assert(std::size(sourcesSpec) == source::Count && std::size(entitiesSpec) == entity::Count &&
              std::size(namesSpec) == name::Count && std::size(eventsSpec) == event::Count &&
              std::size(seriesSpec) == series::Count && std::size(pointsSpec) == point::Count &&
              std::size(marketsSpec) == market::Count && std::size(quotesSpec) == quote::Count &&
              std::size(citationsSpec) == citation::Count && std::size(localSpec) == local::Count &&
              std::size(translationSpec) == translation::Count && std::size(topSpec) == top::Count);

} // namespace

std::string_view tableKey(Table table)
{
    return topSpec[top::Sources + int(table)].name;
}

std::span<const Field> sourceFields()
{
    return sourcesSpec;
}
std::span<const Field> entityFields()
{
    return entitiesSpec;
}
std::span<const Field> nameFields()
{
    return namesSpec;
}
std::span<const Field> eventFields()
{
    return eventsSpec;
}
std::span<const Field> seriesFields()
{
    return seriesSpec;
}
std::span<const Field> pointFields()
{
    return pointsSpec;
}
std::span<const Field> marketFields()
{
    return marketsSpec;
}
std::span<const Field> quoteFields()
{
    return quotesSpec;
}
std::span<const Field> citationFields()
{
    return citationsSpec;
}
std::span<const Field> localFields()
{
    return localSpec;
}
std::span<const Field> translationFields()
{
    return translationSpec;
}
std::span<const Field> topFields()
{
    return topSpec;
}

QString idClashMessage(const QString &quotedId, bool loadedBefore)
{
    return loadedBefore
               ? FormatText::tr("%1 is already loaded; import with \"Replace\" or give it another id")
                     .arg(quotedId)
               : FormatText::tr("%1 is also in another file of this import; give one of them another id")
                     .arg(quotedId);
}

} // namespace at::format
