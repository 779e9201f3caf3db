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
constexpr Field sourcesSpec[]{
    {"id", true},        {"title", true},      {"publisher", true},     {"author", true},
    {"published", true}, {"paragraphs", true}, {"publishedNote", false}};
constexpr Field entitiesSpec[]{
    {"id", true}, {"name", true}, {"parent", true}, {"sector", true}, {"note", false}};
constexpr Field namesSpec[]{{"en", true}, {"zh", true}};
constexpr Field eventsSpec[]{{"id", true},     {"start", true},     {"end", true},      {"kind", true},
                             {"status", true}, {"parties", true},   {"title", true},    {"summary", true},
                             {"source", true}, {"paragraph", true}, {"dateNote", false}};
constexpr Field seriesSpec[]{
    {"id", true}, {"entity", true}, {"metric", true}, {"unit", true}, {"points", true}};
constexpr Field pointsSpec[]{{"date", true},      {"value", true}, {"qualifier", true}, {"source", true},
                             {"paragraph", true}, {"claim", true}, {"dateNote", false}};
constexpr Field marketsSpec[]{
    {"id", true},        {"sector", true},  {"name", true},           {"metric", true},
    {"date", true},      {"total", true},   {"totalQualifier", true}, {"source", true},
    {"paragraph", true}, {"members", true}, {"otherIncludes", true}};
constexpr Field quotesSpec[]{{"id", true},           {"speaker", true},  {"role", true},
                             {"organisation", true}, {"text", true},     {"paraphrase", true},
                             {"date", true},         {"source", true},   {"paragraph", true},
                             {"events", true},       {"entities", true}, {"dateNote", false}};
constexpr Field topSpec[]{{"format", true}, {"version", true}, {"sources", true}, {"entities", true},
                          {"events", true}, {"series", true},  {"markets", true}, {"quotes", true}};

static_assert(std::size(sourcesSpec) == source::Count && std::size(entitiesSpec) == entity::Count &&
              std::size(namesSpec) == name::Count && std::size(eventsSpec) == event::Count &&
              std::size(seriesSpec) == series::Count && std::size(pointsSpec) == point::Count &&
              std::size(marketsSpec) == market::Count && std::size(quotesSpec) == quote::Count &&
              std::size(topSpec) == top::Count);

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
