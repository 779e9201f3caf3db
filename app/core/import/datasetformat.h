// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include <QString>
#include <QtGlobal>
#include <span>
#include <string_view>

// What the dataset format is made of, written once for every reader: its records, their fields, which of
// them are required, and its limits. The JSON reader takes a record's keys from here, the CSV reader its
// columns; resources/README.md and resources/csv/README.md describe the same in words.
namespace at::format {

inline constexpr std::string_view formatName = "alliance-timeline-dataset";
// The newest version this program reads; every older one is read too. Version 2 adds text in two
// languages and citations of several paragraphs and sources.
inline constexpr int newestVersion = 2;

// Limits of the format and of the store behind it: events and series points keep entity and source
// numbers in 16 bits.
inline constexpr int maxSources = 65536;
inline constexpr int maxEntities = 65536;
inline constexpr int maxPartiesPerEvent = 65535;
inline constexpr int maxParagraph = 65535;       // paragraph numbers and sources' paragraph counts: 1 to this
inline constexpr qsizetype maxTitleLength = 120; // characters (UTF-16 units, as QString counts them)

// The arrays of a dataset, in the order the readers read them.
enum class Table : quint8 { Sources, Entities, Events, Series, Markets, Quotes };
inline constexpr int tableCount = 6;
// "sources", "entities", ... as in the JSON file and in messages.
std::string_view tableKey(Table table);

struct Field {
    std::string_view name;
    bool required;
    int since = 1;              // the first format version that has the field
    int until = 0;              // the last one, 0 when the newest has it
    bool localized = false;     // from version 2 on, English and Chinese ({"en", "zh"}; a column "NAME_zh")
    std::string_view instead{}; // what a later version has in its place
    bool chineseOnly = false;   // localized, but only ever in Chinese (a quote's translation)
};
inline bool inVersion(const Field &field, int version)
{
    return version >= field.since && (field.until == 0 || version <= field.until);
}
// The suffix of the column with a localized field's Chinese.
inline constexpr std::string_view chineseColumnSuffix = "_zh";

// The fields of each record, by number. A reader asks for a field by its number; the name is its JSON
// key and CSV column.
namespace source {
enum : int { Id, Title, Publisher, Author, Published, Paragraphs, PublishedNote, Note, Count };
}
namespace entity {
enum : int { Id, Name, Parent, Sector, Note, Count };
}
// An entity's name is one object in JSON and two columns in CSV.
namespace name {
enum : int { En, Zh, Count };
}
namespace event {
enum : int {
    Id,
    Start,
    End,
    Kind,
    Status,
    Parties,
    Title,
    Summary,
    Source,
    Paragraph,
    DateNote,
    Citations,
    Count
};
}
namespace series {
enum : int { Id, Entity, Metric, Unit, Points, Count };
}
namespace point {
enum : int { Date, Value, Qualifier, Source, Paragraph, Claim, DateNote, Citations, Count };
}
// CSV has no table of series: each row of its series table is one point with its series' fields, which
// follow the point's fields here.
namespace pointRow {
enum : int { Series = point::Count, Entity, Metric, Unit, Count };
}
namespace market {
enum : int {
    Id,
    Sector,
    Name,
    Metric,
    Date,
    Total,
    TotalQualifier,
    Source,
    Paragraph,
    Members,
    OtherIncludes,
    Citations,
    Note,
    Count
};
}
namespace quote {
enum : int {
    Id,
    Speaker,
    Role,
    Organisation,
    Text,
    Paraphrase,
    Date,
    Source,
    Paragraph,
    Events,
    Entities,
    DateNote,
    Citations,
    Translation,
    Count
};
}
// Version 2: one item of a record's "citations".
namespace citation {
enum : int { Source, Paragraphs, Count };
}
// Version 2: a localized text written as an object.
namespace local {
enum : int { En, Zh, Count };
}
// Version 2: a verbatim quote's translation (JSON {"zh": ...}; CSV column translation_zh).
namespace translation {
enum : int { Zh, Count };
}
// The top level of a JSON dataset.
namespace top {
enum : int { Format, Version, Sources, Entities, Events, Series, Markets, Quotes, Count };
}
// A field number that stands for the whole record, for problems of no one field (too many records).
inline constexpr int wholeRecord = -1;

std::span<const Field> sourceFields();
std::span<const Field> entityFields();
std::span<const Field> nameFields();
std::span<const Field> eventFields();
std::span<const Field> seriesFields();
std::span<const Field> pointFields();
std::span<const Field> marketFields();
std::span<const Field> quoteFields();
std::span<const Field> citationFields();
std::span<const Field> localFields();
std::span<const Field> translationFields();
std::span<const Field> topFields();

// The messages about an id of an import that is loaded already. `loadedBefore`: it was loaded before this
// import, so importing with "Replace" would solve it; otherwise another file of the same import has it.
QString idClashMessage(const QString &quotedId, bool loadedBefore);

} // namespace at::format
