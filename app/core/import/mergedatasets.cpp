// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "app/core/import/mergedatasets.h"

#include "app/core/import/datasetformat.h"
#include "app/core/import/textutil.h"

#include <QCoreApplication>
#include <algorithm>

namespace at {

namespace {

// A file-local tr() wrapper would be filed by lupdate under the enclosing class or namespace, not under
// the context it looks up; Q_DECLARE_TR_FUNCTIONS gives lupdate and the lookup the same one.
struct MergeText {
    Q_DECLARE_TR_FUNCTIONS(at::MergeDatasets)
};

LoadError clash(const QString &file, const QString &array, const QString &id, bool loadedBefore)
{
    LoadError e{file, array, format::idClashMessage(text::quoted(id), loadedBefore)};
    e.idClash = true;
    return e;
}

// The lists whose ids must not repeat, with the name of their array in the file format. `loaded` is the
// same list in what the application had before this import (null: the base's).
template <typename List>
void clashes(const List &added, const QHash<QString, int> &ids, const List *loaded, const QString &array,
             const QString &file, int maxErrors, QList<LoadError> &errors)
{
    for (const auto &record : added) {
        if (errors.size() >= maxErrors)
            return;
        if (!ids.contains(record.id))
            continue;
        const bool before = !loaded || std::any_of(loaded->begin(), loaded->end(),
                                                   [&](const auto &old) { return old.id == record.id; });
        errors.append(clash(file, array, record.id, before));
    }
}

template <typename List> QHash<QString, int> idsOf(const List &list)
{
    QHash<QString, int> ids;
    ids.reserve(list.size());
    for (qsizetype i = 0; i < list.size(); ++i)
        ids.insert(list[i].id, int(i));
    return ids;
}

} // namespace

LoadResult mergeDatasets(const Dataset &base, const Dataset &addition, const QString &additionFile,
                         int maxErrors, const Dataset *loaded)
{
    QList<LoadError> errors;
    clashes(addition.sources, idsOf(base.sources), loaded ? &loaded->sources : nullptr,
            QStringLiteral("sources"), additionFile, maxErrors, errors);
    clashes(addition.entities, idsOf(base.entities), loaded ? &loaded->entities : nullptr,
            QStringLiteral("entities"), additionFile, maxErrors, errors);
    for (const Event &e : addition.events) {
        if (errors.size() >= maxErrors)
            break;
        const QAnyStringView id = addition.view(e.id);
        if (base.eventIndex(id) >= 0)
            errors.append(clash(additionFile, QStringLiteral("events"), id.toString(),
                                !loaded || loaded->eventIndex(id) >= 0));
    }
    clashes(addition.series, idsOf(base.series), loaded ? &loaded->series : nullptr, QStringLiteral("series"),
            additionFile, maxErrors, errors);
    clashes(addition.markets, idsOf(base.markets), loaded ? &loaded->markets : nullptr,
            QStringLiteral("markets"), additionFile, maxErrors, errors);
    clashes(addition.quotes, idsOf(base.quotes), loaded ? &loaded->quotes : nullptr, QStringLiteral("quotes"),
            additionFile, maxErrors, errors);
    if (base.entities.size() + addition.entities.size() > format::maxEntities && errors.size() < maxErrors)
        errors.append(LoadError{additionFile, QStringLiteral("entities"),
                                MergeText::tr("together there are %1 entities; this program reads at most %2")
                                    .arg(base.entities.size() + addition.entities.size())
                                    .arg(format::maxEntities)});
    if (base.sources.size() + addition.sources.size() > format::maxSources && errors.size() < maxErrors)
        errors.append(LoadError{additionFile, QStringLiteral("sources"),
                                MergeText::tr("together there are %1 sources; this program reads at most %2")
                                    .arg(base.sources.size() + addition.sources.size())
                                    .arg(format::maxSources)});
    if (quint64(base.pool.size()) + quint64(addition.pool.size()) > 0xFFFFFFFFull &&
        errors.size() < maxErrors)
        errors.append(
            LoadError{additionFile, QString(), MergeText::tr("together the text is too long to load")});
    if (!errors.isEmpty())
        return Unexpected(std::move(errors));

    auto out = std::make_shared<Dataset>(base);
    const auto sourceShift = int(base.sources.size());
    const auto entityShift = int(base.entities.size());
    const auto seriesShift = int(base.series.size());
    const auto eventShift = int(base.events.size());
    const auto partyShift = quint32(base.parties.size());
    const auto pointShift = quint32(base.points.size());
    // The addition's text goes after the base's; every reference into it moves by as much.
    const quint32 textShift = out->appendTextOf(addition, sourceShift);
    const auto moved = [textShift](TextRef r) { return r.movedBy(textShift); };

    out->sources += addition.sources;
    for (Entity e : addition.entities) {
        if (e.parent >= 0)
            e.parent += entityShift;
        out->entities.append(e);
    }
    out->parties.reserve(out->parties.size() + addition.parties.size());
    for (const quint16 p : addition.parties)
        out->parties.push_back(quint16(p + entityShift));
    out->events.reserve(out->events.size() + addition.events.size());
    for (Event e : addition.events) {
        e.id = moved(e.id);
        e.title = moved(e.title);
        e.summary = moved(e.summary);
        e.dateNote = moved(e.dateNote);
        e.partiesBegin += partyShift;
        e.source = quint16(e.source + sourceShift);
        out->events.push_back(e);
    }
    out->points.reserve(out->points.size() + addition.points.size());
    for (SeriesPoint p : addition.points) {
        p.claim = moved(p.claim);
        p.dateNote = moved(p.dateNote);
        p.source = quint16(p.source + sourceShift);
        out->points.push_back(p);
    }
    for (Series s : addition.series) {
        s.entity = s.entity >= 0 ? s.entity + entityShift : s.entity;
        s.pointsBegin += pointShift;
        out->series.append(s);
    }
    for (Market m : addition.markets) {
        if (m.source >= 0)
            m.source += sourceShift;
        for (Citation &c : m.citations)
            c.source = quint16(c.source + sourceShift);
        for (int &s : m.members)
            s += seriesShift;
        for (int &e : m.otherIncludes)
            e += entityShift;
        out->markets.append(m);
    }
    for (Quote q : addition.quotes) {
        if (q.source >= 0)
            q.source += sourceShift;
        for (Citation &c : q.citations)
            c.source = quint16(c.source + sourceShift);
        for (int &e : q.events)
            e += eventShift; // finish() puts the events in time order and follows them
        for (int &e : q.entities)
            e += entityShift;
        out->quotes.append(q);
    }
    out->finish();
    return std::shared_ptr<const Dataset>(std::move(out));
}

} // namespace at
