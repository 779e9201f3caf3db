// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "app/core/fuzzydate.h"
#include "app/core/textpool.h"
#include "app/core/vocabulary.h"

#include <QHash>
#include <QList>
#include <QLocale>
#include <QString>
#include <span>
#include <vector>

namespace at {

// Records that are few (sources, entities, markets, quotes) use plain QStrings. The ones that can number
// in the millions (events, series points) are fixed-size structs whose text lives in the dataset's pool.

struct Source {
    QString id;
    QString title;
    QString publisher;
    QString author;
    FuzzyDate published;
    QString publishedNote;
    int paragraphs = 0;
};

struct Entity {
    QString id;
    QString nameEn;
    QString nameZh;
    int parent = -1; // index into Dataset::entities, -1 for none
    Sector sector = Sector::Portal;
    QString note;

    // Company names follow the UI language.
    QString name(const QLocale &locale) const
    {
        return locale.language() == QLocale::Chinese && !nameZh.isEmpty() ? nameZh : nameEn;
    }
};

struct Event {
    FuzzyDate start;
    FuzzyDate end; // null when the event is a point in time
    TextRef id;
    TextRef title;
    TextRef summary;
    TextRef dateNote;
    quint32 partiesBegin = 0; // into Dataset::parties
    quint16 partyCount = 0;
    quint16 source = 0; // index into Dataset::sources
    quint16 paragraph = 0;
    Kind kind = Kind::Milestone;
    Status status = Status::Confirmed;

    bool isRanged() const { return !end.isNull(); }
    // The time the event is drawn at: its start's middle.
    double time() const { return start.middle(); }
    double endTime() const { return isRanged() ? end.middle() : time(); }
};

struct SeriesPoint {
    FuzzyDate date;
    double value = 0;
    TextRef claim;
    TextRef dateNote;
    quint16 source = 0;
    quint16 paragraph = 0;
    Qualifier qualifier = Qualifier::Exact;
};

struct Series {
    QString id;
    int entity = -1;
    Metric metric = Metric::UsersAsStated;
    Unit unit = Unit::Count;
    quint32 pointsBegin = 0; // into Dataset::points, in date order
    quint32 pointCount = 0;
};

struct Market {
    QString id;
    Sector sector = Sector::InstantMessaging;
    QString nameEn;
    QString nameZh;
    Metric metric = Metric::ActiveAccounts;
    FuzzyDate date;
    bool hasTotal = false;
    double total = 0;
    Qualifier totalQualifier = Qualifier::Exact;
    int source = -1;
    int paragraph = 0;
    QList<int> members;       // series indexes
    QList<int> otherIncludes; // entity indexes

    QString name(const QLocale &locale) const
    {
        return locale.language() == QLocale::Chinese && !nameZh.isEmpty() ? nameZh : nameEn;
    }
};

struct Quote {
    QString id;
    QString speaker;
    QString role;
    QString organisation;
    QString text;
    bool paraphrase = false;
    FuzzyDate date;
    QString dateNote;
    int source = -1;
    int paragraph = 0;
    QList<int> events;   // event indexes
    QList<int> entities; // entity indexes
};

// One loaded dataset. Immutable once built: views share it through a const pointer and read the
// contiguous vectors directly while painting; the item models are adapters over it.
class Dataset {
public:
    TextPool text;
    QList<Source> sources;
    QList<Entity> entities;
    std::vector<Event> events; // sorted by time, then by id
    std::vector<quint16> parties;
    QList<Series> series;
    std::vector<SeriesPoint> points;
    QList<Market> markets;
    QList<Quote> quotes; // sorted by date, then by id

    std::span<const quint16> partiesOf(const Event &e) const
    {
        return {parties.data() + e.partiesBegin, e.partyCount};
    }
    std::span<const SeriesPoint> pointsOf(const Series &s) const
    {
        return {points.data() + s.pointsBegin, s.pointCount};
    }
    QStringView view(TextRef ref) const { return text.view(ref); }
    QString string(TextRef ref) const { return text.string(ref); }

    int eventIndex(QStringView id) const;
    int entityIndex(QStringView id) const { return m_entityIds.value(id.toString(), -1); }
    int seriesIndex(QStringView id) const { return m_seriesIds.value(id.toString(), -1); }
    int quoteIndex(QStringView id) const { return m_quoteIds.value(id.toString(), -1); }
    int sourceIndex(QStringView id) const { return m_sourceIds.value(id.toString(), -1); }

    // Sorts events and quotes into time order (fixing up the indexes that point at them) and builds the
    // id lookups. Called once by whoever builds a dataset.
    void finish();

    // The source's citation, e.g. "Microsoft China Venture Partnes with Sina, ¶5".
    QString citation(int source, int paragraph) const;

private:
    // Event ids to indexes: open addressing over the ids already in the pool, each slot the upper half
    // of the id's hash and the index + 1 (0 for empty). About 16 bytes an event where a
    // QHash<QString, int> costs about 90.
    std::vector<quint64> m_eventIdSlots;
    QHash<QString, int> m_entityIds;
    QHash<QString, int> m_seriesIds;
    QHash<QString, int> m_quoteIds;
    QHash<QString, int> m_sourceIds;
};

} // namespace at
