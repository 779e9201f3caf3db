// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "app/core/fuzzydate.h"
#include "app/core/import/slottable.h"
#include "app/core/localtext.h"
#include "app/core/textpool.h"
#include "app/core/vocabulary.h"

#include <QHash>
#include <QList>
#include <QLocale>
#include <QString>
#include <span>
#include <vector>

namespace at {

// Records that are few (sources, entities, markets, quotes) use QStrings (LocalText where a field may be in
// English and Chinese). The ones that can number in the millions (events, series points) are fixed-size
// structs whose text lives in the dataset's pool; their second language and any citation beyond the first
// are in side tables of the dataset, so that they stay as small as with one language.

// One paragraph of one source that a record relies on.
struct Citation {
    quint16 source = 0; // index into Dataset::sources
    quint16 paragraph = 0;
    bool operator==(const Citation &) const = default;
};

// The citations of an event or a series point, the primary one first, each source's paragraphs in
// ascending order. Most records cite one paragraph, which they hold themselves.
class Citations {
public:
    explicit Citations(Citation one) : m_one(one) {}
    explicit Citations(std::span<const Citation> all) : m_all(all) {}
    const Citation *begin() const { return m_all.empty() ? &m_one : m_all.data(); }
    const Citation *end() const { return begin() + size(); }
    qsizetype size() const { return m_all.empty() ? 1 : qsizetype(m_all.size()); }
    const Citation &front() const { return *begin(); }
    const Citation &operator[](qsizetype i) const { return begin()[i]; }
    std::span<const Citation> span() const { return {begin(), size_t(size())}; }

private:
    Citation m_one;
    std::span<const Citation> m_all;
};

struct Source {
    QString id;
    LocalText title;
    // Who published and wrote it, as printed, or our note where the article does not say ("Not printed"):
    // both may be given in Chinese too. Shown with localName(), never marked: they are names.
    LocalText publisher;
    LocalText author;
    FuzzyDate published;
    LocalText publishedNote;
    int paragraphs = 0;
    LocalText note;
};

struct Entity {
    QString id;
    QString nameEn;
    QString nameZh;
    int parent = -1; // index into Dataset::entities, -1 for none
    Sector sector = Sector::Portal;
    LocalText note;

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
    quint16 source =
        0; // the primary citation (Dataset::citationsOf() gives all): index into Dataset::sources
    quint16 paragraph = 0; // and the first paragraph of it that is cited
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
    quint16 source = 0; // the primary citation, as an event's
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
    int source = -1; // the primary citation's source and its first paragraph
    int paragraph = 0;
    QList<Citation> citations; // all of them, the primary first
    QList<int> members;        // series indexes
    QList<int> otherIncludes;  // entity indexes
    LocalText note;

    QString name(const QLocale &locale) const
    {
        return locale.language() == QLocale::Chinese && !nameZh.isEmpty() ? nameZh : nameEn;
    }
};

// What a quote panel shows of a quote in one language.
struct QuoteWords {
    // Verbatim: the words the article printed (fellBack when Chinese was asked: they are English).
    // Paraphrase: our wording in the language asked, with the usual fallback.
    ShownText words;
    bool verbatim = true; // `words` are the speaker's own, as printed
    // Chinese asked, verbatim quote: OUR translation, to be shown labelled as ours (译文), never as the
    // speaker's words. Empty otherwise.
    QString translation;
};

struct Quote {
    QString id;
    LocalText speaker;
    LocalText role;
    LocalText organisation;
    LocalText text;      // verbatim: `en` is what the article printed; a paraphrase is our wording
    QString translation; // our Chinese translation of a verbatim quote
    bool paraphrase = false;
    FuzzyDate date;
    LocalText dateNote;
    int source = -1; // the primary citation's source and its first paragraph
    int paragraph = 0;
    QList<Citation> citations; // all of them, the primary first
    QList<int> events;         // event indexes
    QList<int> entities;       // entity indexes

    QuoteWords words(TextLanguage language) const;
};

// One loaded dataset. Immutable once built: views share it through a const pointer and read the
// contiguous vectors directly while painting; the item models are adapters over it.
class Dataset {
public:
    TextPool pool; // the text of events and series points (TextRef)
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
    // A pooled text: the English, or the Chinese where there is no English. Latin-1 (ASCII) or UTF-16, as
    // it is kept (TextPool).
    QAnyStringView view(TextRef ref) const { return pool.view(ref); }
    QString string(TextRef ref) const { return pool.string(ref); }
    // The text for a UI language, with the other one where it has none in that language.
    ShownText text(TextRef ref, TextLanguage language) const { return texts(ref).in(language); }
    // Both languages of a pooled text.
    LocalText texts(TextRef ref) const;
    // The Chinese of a pooled text that has English too (what view() does not give), or nothing.
    QAnyStringView chineseView(TextRef ref) const;
    // Adds a text in one or both languages to the pool.
    TextRef addText(const LocalText &t);

    // All citations of an event or a point, the primary one first.
    Citations citationsOf(const Event &e) const { return citationsAt(e.id, Citation{e.source, e.paragraph}); }
    Citations citationsOf(const SeriesPoint &p) const
    {
        return citationsAt(p.claim, Citation{p.source, p.paragraph});
    }
    // Records the citations of the event or point whose id (event) or claim (point) is `key`, when there
    // is more than one; the record itself holds the first.
    void addCitations(TextRef key, std::span<const Citation> all);
    // Appends `other`'s text (sharing its buffers) and the side tables keyed by it after this dataset's;
    // returns how far references into `other`'s text move. Its citations' sources move by `sourceShift`.
    // The records that refer to the text are the caller's to move.
    quint32 appendTextOf(const Dataset &other, int sourceShift);

    int eventIndex(QAnyStringView id) const;
    int entityIndex(QStringView id) const { return m_entityIds.value(id.toString(), -1); }
    int seriesIndex(QStringView id) const { return m_seriesIds.value(id.toString(), -1); }
    int quoteIndex(QStringView id) const { return m_quoteIds.value(id.toString(), -1); }
    int sourceIndex(QStringView id) const { return m_sourceIds.value(id.toString(), -1); }

    // Sorts events and quotes into time order (fixing up the indexes that point at them) and builds the
    // id lookups. Called once by whoever builds a dataset. `eventIds`, if not empty, is a table of the
    // events' ids as they are now, item i being events[i], hashed over their UTF-8 bytes
    // (SlotTable::hash): a reader's, taken when the events turn out to be in order already instead of
    // hashing a million ids again. Only a table of the size this would make is taken: a bigger one would
    // hold memory for nothing as long as the dataset lives.
    void finish(SlotTable eventIds = SlotTable());

    // The source's citation, e.g. "Microsoft China Venture Partnes with Sina, ¶5".
    QString citation(int source, int paragraph) const;
    // Several: "Title, ¶5–6, 9; Other title, ¶3", with the sources' titles in `language`.
    QString citationText(std::span<const Citation> citations,
                         TextLanguage language = TextLanguage::English) const;
    QString citationText(const Citations &c, TextLanguage language = TextLanguage::English) const
    {
        return citationText(c.span(), language);
    }
    QString citationText(const QList<Citation> &c, TextLanguage language = TextLanguage::English) const
    {
        return citationText(std::span<const Citation>(c.constData(), size_t(c.size())), language);
    }

    // The side tables, in ascending order of their key (an offset into the pool that only the text it
    // keys starts at). Readers append to them in that order; whoever builds a dataset otherwise calls
    // finish(), which sorts them.
    struct ChineseText {
        quint32 primary; // the pooled text's offset
        TextRef zh;      // its Chinese; equal to the pooled text itself when that has no English
    };
    struct CitationList {
        quint32 key; // an event's id or a point's claim
        quint32 begin;
        quint32 count; // into citationPool
    };
    std::vector<ChineseText> chinese;
    std::vector<CitationList> citationLists;
    std::vector<Citation> citationPool;

private:
    Citations citationsAt(TextRef key, Citation primary) const;

    // Event ids to indexes, over the ids already in the pool: about 16 bytes an event, where a
    // QHash<QString, int> costs about 90.
    SlotTable m_eventIds;
    QHash<QString, int> m_entityIds;
    QHash<QString, int> m_seriesIds;
    QHash<QString, int> m_quoteIds;
    QHash<QString, int> m_sourceIds;
};

} // namespace at
