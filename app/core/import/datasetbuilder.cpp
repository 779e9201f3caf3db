// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "app/core/import/datasetbuilder.h"

#include <algorithm>

namespace at {

using format::Table;

DatasetBuilder::DatasetBuilder(Layout layout, const Dataset *base, const Dataset *loaded)
    : m_layout(layout), m_d(base ? std::make_shared<Dataset>(*base) : std::make_shared<Dataset>()),
      m_base(base), m_loaded(loaded ? loaded : base)
{
    if (!base)
        return;
    // The base's ids as bytes, so that records are checked against them without making a QString.
    auto index = [](IdIndex &ids, const auto &list) {
        ids.reserve(size_t(list.size()));
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QByteArray id = list[i].id.toUtf8();
            ids.insert(std::string_view(id.data(), size_t(id.size())), int(i));
        }
    };
    index(m_baseIds[size_t(Table::Sources)], base->sources);
    index(m_baseIds[size_t(Table::Entities)], base->entities);
    index(m_baseIds[size_t(Table::Series)], base->series);
    index(m_baseIds[size_t(Table::Markets)], base->markets);
    index(m_baseIds[size_t(Table::Quotes)], base->quotes);
    IdIndex &events = m_baseIds[size_t(Table::Events)];
    events.reserve(base->events.size());
    for (size_t i = 0; i < base->events.size(); ++i) {
        const TextRef ref = base->events[i].id;
        if (!ref.wide) { // ASCII: the pool's bytes are the UTF-8
            events.add(base->pool.ascii(ref), int(i));
            continue;
        }
        const QByteArray id = base->string(ref).toUtf8();
        events.add(std::string_view(id.data(), size_t(id.size())), int(i));
    }
    events.resolve();
    m_baseCount[size_t(Table::Sources)] = base->sources.size();
    m_baseCount[size_t(Table::Entities)] = base->entities.size();
    m_baseCount[size_t(Table::Events)] = qsizetype(base->events.size());
    m_baseCount[size_t(Table::Series)] = base->series.size();
    m_baseCount[size_t(Table::Markets)] = base->markets.size();
    m_baseCount[size_t(Table::Quotes)] = base->quotes.size();
    for (const Source &s : base->sources)
        m_paragraphCounts.push_back(s.paragraphs);
}

DatasetBuilder::DatasetBuilder(const DatasetBuilder &whole, std::size_t events, std::size_t textUtf8Bytes)
    : m_layout(whole.m_layout), m_d(std::make_shared<Dataset>()), m_base(whole.m_base),
      m_loaded(whole.m_loaded), m_baseCount(whole.m_baseCount), m_whole(&whole),
      m_paragraphCounts(whole.m_paragraphCounts), m_version(whole.m_version)
{
    // Shared, not copied, and only read: messages name sources by id, and parties are checked against the
    // number of entities.
    m_d->sources = whole.m_d->sources;
    m_d->entities = whole.m_d->entities;
    reserve(events, textUtf8Bytes);
}

void DatasetBuilder::appendEvents(DatasetBuilder &&range, int indexShift)
{
    const Dataset &from = *range.m_d;
    // The range's text stays where it was written, as the pool's next buffer; later text (series points)
    // goes on in that buffer, which the range reserved room in for it.
    // This pool's buffer, reserved for all the events, ends here: what was mapped ahead of its end goes back.
    // Unless it outgrew its room and moved: then the pages mapped ahead were the old buffer's, gone.
    if (m_d->pool.writeHead() == m_textBase + (size_t(m_d->pool.size()) - m_textStart))
        m_textAhead.releaseBeyond(size_t(m_d->pool.size()) - m_textStart);
    m_textAhead = WriteAhead();
    range.m_textAhead = WriteAhead();
    const quint32 text = m_d->appendTextOf(from, 0);
    range.m_d->pool = TextPool(); // the buffer is this pool's alone now: writing on does not copy it
    m_textStart = size_t(m_d->pool.size());
    const size_t used = m_textStart - text;
    m_textRoom = range.m_textRoom > used ? range.m_textRoom - used : 0;
    m_textBase = m_d->pool.writeHead();
    m_textAhead = WriteAhead(m_textBase, m_textRoom);
    const auto parties = quint32(m_d->parties.size());
    m_d->parties.insert(m_d->parties.end(), from.parties.begin(), from.parties.end());
    // Every text reference moves by the text before it; nothing else in an event depends on where.
    auto shift = [text](TextRef &r) { r = r.movedBy(text); };
    for (Event e : from.events) {
        shift(e.id);
        shift(e.title);
        shift(e.summary);
        shift(e.dateNote);
        e.partiesBegin += parties;
        m_d->events.push_back(e);
    }
    m_eventsAhead.advance((m_d->events.size() - m_eventsStart) * sizeof(Event));
    m_ids[size_t(Table::Events)].append(std::move(range.m_ids[size_t(Table::Events)]), indexShift);
    m_clashes += range.m_clashes;
}

std::shared_ptr<Dataset> DatasetBuilder::finish()
{
    m_eventsAhead = WriteAhead(); // finishing may move the buffers they map
    m_textAhead = WriteAhead();
    // The events' id table, when it numbers them as they stand (no base dataset before them, each id
    // once), is the dataset's own: its 16 bytes an event are not allocated and filled a second time.
    IdIndex &ids = m_ids[size_t(Table::Events)];
    SlotTable eventIds;
    if (m_baseCount[size_t(Table::Events)] == 0 && size_t(ids.size()) == m_d->events.size())
        eventIds = ids.takeTableOfValues();
    m_d->finish(std::move(eventIds));
    return std::move(m_d);
}

void DatasetBuilder::reserve(std::size_t events, std::size_t textUtf8Bytes)
{
    // The mappings in progress end before the buffers they map may move.
    m_eventsAhead = WriteAhead();
    m_textAhead = WriteAhead();
    std::vector<Event> &list = m_d->events;
    list.reserve(list.size() + events);
    m_eventsAhead = WriteAhead(list.data() + list.size(), events * sizeof(Event));
    m_eventsStart = list.size();
    m_d->parties.reserve(m_d->parties.size() + events * 2);
    // A range's ids are only kept until appendEvents(), never looked up: no table for them.
    if (m_whole)
        m_ids[size_t(Table::Events)].reserveKeys(events);
    else
        m_ids[size_t(Table::Events)].reserve(events);
    const qsizetype used = m_d->pool.size();
    const auto room = size_t(TextPool::roomForUtf8(qsizetype(textUtf8Bytes)));
    m_d->pool.reserve(used + qsizetype(room));
    m_textBase = m_d->pool.writeHead();
    m_textAhead = WriteAhead(m_textBase, room);
    m_textStart = size_t(used);
    m_textRoom = room;
}

TextRef DatasetBuilder::addText(std::string_view s)
{
    const TextRef ref = text::addUtf8(m_d->pool, s);
    m_textAhead.advance(size_t(m_d->pool.size()) - m_textStart);
    return ref;
}

QString DatasetBuilder::textRefusal(const Dataset &d, quint64 maxBytes)
{
    const TextPool &pool = d.pool;
    const quint64 most = std::min(maxBytes, TextPool::maxBytes);
    if (pool.hasTextTooLong())
        return Text::tr("a text is over %1 characters long; this program holds at most that many in one")
            .arg(TextPool::maxLength);
    if (quint64(pool.size()) > most)
        return Text::tr("the text of the dataset takes %1 bytes; this program holds at most %2")
            .arg(pool.size())
            .arg(most);
    return QString();
}

LocalText DatasetBuilder::localText(const std::optional<Local> &text)
{
    if (!text)
        return {};
    return LocalText{text::fromUtf8(text->en), text::fromUtf8(text->zh)};
}

TextRef DatasetBuilder::addText(const Local &text)
{
    if (text.zh.empty())
        return addText(text.en);
    // The pool holds the English, or the Chinese where there is none; the side table the Chinese of a text
    // that has both (Dataset::chinese). Appending keeps the table in the order of the pool.
    const TextRef primary = addText(text.en.empty() ? text.zh : text.en);
    const TextRef zh = text.en.empty() ? primary : addText(text.zh);
    m_d->chinese.push_back(Dataset::ChineseText{primary.offset, zh});
    return primary;
}

void DatasetBuilder::collectId(Table table, std::string_view id, int index)
{
    if (text::validId(id) && baseIds(table).find(id) < 0)
        m_ids[size_t(table)].add(id, index);
}

QString DatasetBuilder::duplicateIdMessage(std::string_view id, const QString &also)
{
    return Text::tr("duplicate id %1 (also %2)").arg(text::quoted(id), also);
}

void DatasetBuilder::placeholder(Table table)
{
    if (table == Table::Sources) {
        m_d->sources.append(Source{});
        m_paragraphCounts.push_back(0);
    } else if (table == Table::Entities) {
        m_d->entities.append(Entity{});
    }
}

int DatasetBuilder::find(Table table, std::string_view id) const
{
    if (m_whole)
        return m_whole->find(table, id); // events refer to sources and entities, which it has read
    if (const int k = m_ids[size_t(table)].find(id); k >= 0)
        return int(m_baseCount[size_t(table)]) + k;
    return m_baseIds[size_t(table)].find(id);
}

QString DatasetBuilder::unknownMessage(Table table, std::string_view id)
{
    const char *what = nullptr;
    switch (table) {
    case Table::Sources:
        what = QT_TRANSLATE_NOOP("at::DatasetReader", "source");
        break;
    case Table::Entities:
        what = QT_TRANSLATE_NOOP("at::DatasetReader", "entity");
        break;
    case Table::Events:
        what = QT_TRANSLATE_NOOP("at::DatasetReader", "event");
        break;
    case Table::Series:
        what = QT_TRANSLATE_NOOP("at::DatasetReader", "series");
        break;
    case Table::Markets:
        what = QT_TRANSLATE_NOOP("at::DatasetReader", "market");
        break;
    case Table::Quotes:
        what = QT_TRANSLATE_NOOP("at::DatasetReader", "quote");
        break;
    }
    return Text::tr("unknown %1 %2").arg(Text::tr(what), text::quoted(id));
}

QString DatasetBuilder::notADateMessage(std::string_view text)
{
    return Text::tr("%1 is not a date (YYYY-MM-DD, YYYY-Www, YYYY-MM, YYYY-Qn or YYYY, years 1900 to 2100)")
        .arg(text::quoted(text));
}

QString DatasetBuilder::notOneOfMessage(std::string_view text, const QString &names)
{
    return Text::tr("%1 is not one of %2").arg(text::quoted(text), names);
}

QString DatasetBuilder::notBetweenMessage(const Whole &value, int min, int max)
{
    const QString shown = !value.spelling.empty() ? text::fromUtf8(value.spelling)
                          : value.negative        ? u'-' + QString::number(value.magnitude)
                                                  : QString::number(value.magnitude);
    return Text::tr("%1 is not between %2 and %3").arg(shown).arg(min).arg(max);
}

QString DatasetBuilder::clashMessage(Table table, std::string_view id) const
{
    const QString key = text::fromUtf8(id);
    auto in = [&key](const auto &list) {
        return std::any_of(list.begin(), list.end(), [&key](const auto &record) { return record.id == key; });
    };
    bool before = true;
    if (m_loaded != m_base) {
        switch (table) {
        case Table::Sources:
            before = in(m_loaded->sources);
            break;
        case Table::Entities:
            before = in(m_loaded->entities);
            break;
        case Table::Events:
            before = m_loaded->eventIndex(key) >= 0;
            break;
        case Table::Series:
            before = in(m_loaded->series);
            break;
        case Table::Markets:
            before = in(m_loaded->markets);
            break;
        case Table::Quotes:
            before = in(m_loaded->quotes);
            break;
        }
    }
    return format::idClashMessage(text::quoted(key), before);
}

} // namespace at
