// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "tests/fuzz/fuzzcheck.h"
#include "tests/fuzz/fuzztargets.h"

#include <QByteArray>
#include <functional>
#include <initializer_list>

// The validator: every check the readers make once the JSON has parsed (ids, references, dates, numbers,
// vocabularies, citations, parent chains, markets, duplicates, missing and unknown keys, wrong types).
// Random bytes seldom get past the parser, so here the bytes are choices: which records, which of a few
// ids (so that references hit and miss and ids repeat), which date, number or word from lists of good and
// bad ones, and now and then a key left out, a key added or a value of the wrong type. The document is
// then read by both readers, which must agree, and a dataset that either builds must keep its promises.

namespace {

// The fuzzer's bytes as a stream of small choices; zeros once they run out, so every input is a document.
class Choices {
public:
    Choices(const std::uint8_t *data, std::size_t size) : m_data(data), m_size(size) {}
    unsigned byte() { return m_at < m_size ? m_data[m_at++] : 0; }
    // 0 .. n-1
    int pick(int n) { return int(byte() % unsigned(n)); }
    template <typename T> const T &pick(std::initializer_list<T> list)
    {
        return list.begin()[pick(int(list.size()))];
    }
    // True about one time in n.
    bool oneIn(int n) { return pick(n) == 0; }
    // The document's format version: which of its keys records use, and whether texts may be localized.
    int version = 1;

private:
    const std::uint8_t *m_data;
    std::size_t m_size;
    std::size_t m_at = 0;
};

using Text = const char *;

// One JSON object, its members in the order added; sometimes a member goes missing, changes type or
// gets company.
class Object {
public:
    Object(Choices &c) : m_c(c) {}
    Object &raw(Text key, const QByteArray &json)
    {
        if (m_c.oneIn(40))
            return *this; // left out
        QByteArray value = json;
        if (m_c.oneIn(40))
            value =
                m_c.pick<Text>({"null", "1", "-1", "2.5", "\"x\"", "\"\"", "true", "[]", "{}", "[\"a\"]"});
        add(key, value);
        if (m_c.oneIn(60))
            add(key, value); // twice
        if (m_c.oneIn(60))
            add(m_c.pick<Text>({"note", "titel", "Id", "id "}), "\"x\"");
        return *this;
    }
    Object &str(Text key, Text value) { return raw(key, quote(value)); }
    // A human-readable text: in version 2 (and now and then in version 1) also {"en", "zh"}, well or badly.
    Object &text(Text key, Text value)
    {
        if (m_c.version < 2 ? !m_c.oneIn(20) : m_c.oneIn(3))
            return str(key, value);
        const Text zh = m_c.pick<Text>({"中文", "", " ", "\\u4e2d",
                                        "阿尔法阿尔法阿尔法阿尔法阿尔法阿尔法阿尔法阿尔法阿尔"
                                        "法阿尔法阿尔法阿尔法阿尔法阿尔法阿尔法阿尔法阿尔法阿尔"
                                        "法阿尔法阿尔法阿尔法阿尔法阿尔法阿尔法阿尔法阿尔法阿尔"
                                        "法阿尔法阿尔法阿尔法阿尔法阿尔法阿尔法阿尔法阿尔法阿尔"
                                        "法阿尔法阿尔法阿尔法阿尔法阿尔法阿尔法阿尔法阿尔法阿尔"
                                        "法阿尔法阿尔法阿尔法"});
        Object local(m_c);
        switch (m_c.pick(5)) {
        case 0:
            local.str("zh", zh);
            break;
        case 1:
            local.str("en", value);
            break;
        case 2:
            local.str("en", value).str("zh", zh).str(m_c.pick<Text>({"fr", "zh"}), "x");
            break;
        default:
            local.str("en", value).str("zh", zh);
            break;
        }
        return raw(key, local.json());
    }
    // What a record cites: version 1's source and paragraph, version 2's list (and now and then the other
    // version's keys, or both).
    template <typename Source, typename Paragraph> Object &cite(Source source, Paragraph paragraph)
    {
        const bool list = m_c.version < 2 ? m_c.oneIn(20) : !m_c.oneIn(20);
        if (!list || m_c.oneIn(30))
            str("source", source()).raw("paragraph", paragraph());
        if (list) {
            QByteArrayList items;
            for (int n = m_c.pick(4); n > 0; --n) {
                QByteArrayList paragraphs;
                for (int k = m_c.pick(4); k > 0; --k)
                    paragraphs << paragraph();
                Object item(m_c);
                item.str("source", source()).raw("paragraphs", '[' + paragraphs.join(',') + ']');
                items << item.json();
            }
            raw("citations", '[' + items.join(',') + ']');
        }
        return *this;
    }
    QByteArray json() const { return '{' + m_members.join(',') + '}'; }

    static QByteArray quote(Text s) { return '"' + QByteArray(s) + '"'; }

private:
    void add(Text key, const QByteArray &value) { m_members << quote(key) + ':' + value; }
    Choices &m_c;
    QByteArrayList m_members;
};

QByteArray array(Choices &c, int most, const std::function<QByteArray()> &item)
{
    QByteArrayList items;
    for (int n = c.pick(most + 1); n > 0; --n)
        items << item();
    return '[' + items.join(',') + ']';
}

// The pools. Ids repeat across records so that duplicates and references both happen; each pool has
// a few values that are wrong in a way the checks should notice.
Text sourceId(Choices &c)
{
    return c.pick<Text>({"s1", "s2", "s1", "s3", "S1", "s 1", "", "-s"});
}
Text entityId(Choices &c)
{
    return c.pick<Text>({"a", "b", "c", "d", "a", "b", "zz", "A"});
}
Text eventId(Choices &c)
{
    return c.pick<Text>({"e1", "e2", "e3", "e4", "e1", "e5", "e_6", ""});
}
Text seriesId(Choices &c)
{
    return c.pick<Text>({"p1", "p2", "p1", "p3", "p-"});
}
Text date(Choices &c)
{
    return c.pick<Text>({"2011-06-14", "2010-Q3",    "2011",       "2012-02",    "2011-W05",
                         "2010",       "2011-06-14", "2013-12-31", "1900-01-01", "2100-12-31",
                         "2011-13-01", "2011-02-29", "2012-02-29", "1899",       "2101",
                         "2011-Q5",    "2011-W54",   "2011-06-1",  "",           "soon"});
}
QByteArray dateOrNull(Choices &c)
{
    return c.oneIn(3) ? QByteArray("null") : Object::quote(date(c));
}
QByteArray paragraph(Choices &c)
{
    return c.pick<Text>(
        {"1", "2", "3", "5", "1", "4", "0", "6", "65535", "65536", "-1", "2.0", "\"2\"", "99999999999"});
}
QByteArray number(Choices &c)
{
    return c.pick<Text>(
        {"0", "5", "140000000", "1e9", "50.5", "100", "101", "-1", "1e308", "-0", "0.001", "1E2"});
}
Text title(Choices &c)
{
    return c.pick<Text>({"T", "Title", "", " ", "阿尔法", "\\u00e9t\\u00e9", "\\ud83d\\ude00",
                         "12345678901234567890123456789012345678901234567890123456789012345678901234567890123"
                         "45678901234567890"
                         "12345678901234567890",
                         "12345678901234567890123456789012345678901234567890123456789012345678901234567890123"
                         "45678901234567890"
                         "123456789012345678901",
                         "阿尔法阿尔法阿尔法阿尔法阿尔法阿尔法阿尔法阿尔法阿尔法阿尔法阿尔法阿尔法阿尔法阿尔"
                         "法阿尔法阿尔法阿尔法阿尔法"
                         "阿尔法阿尔法阿尔法阿尔法阿尔法阿尔法阿尔法阿尔法阿尔法阿尔法阿尔法阿尔法阿尔法阿尔"
                         "法阿尔法阿尔法阿尔法阿尔法"
                         "阿尔法阿尔法阿尔法阿尔法"});
}
QByteArray ids(Choices &c, int most, Text (*pool)(Choices &))
{
    return array(c, most, [&] { return Object::quote(pool(c)); });
}

QByteArray source(Choices &c)
{
    Object o(c);
    o.str("id", sourceId(c))
        .text("title", title(c))
        .str("publisher", "P")
        .str("author", c.pick<Text>({"A", ""}));
    o.str("published", date(c)).raw("paragraphs", c.pick<Text>({"5", "1", "12", "0", "65535", "70000", "3"}));
    if (c.oneIn(2))
        o.text("publishedNote", "inferred");
    if (c.oneIn(c.version < 2 ? 30 : 3))
        o.text("note", "n");
    return o.json();
}

QByteArray entity(Choices &c)
{
    Object name(c);
    name.str("en", title(c)).str("zh", c.pick<Text>({"阿尔法", "贝塔", "", "B"}));
    Object o(c);
    o.str("id", entityId(c)).raw("name", name.json());
    o.raw("parent", c.oneIn(2) ? QByteArray("null") : Object::quote(entityId(c)));
    o.str("sector", c.pick<Text>({"portal", "microblog", "instantMessaging", "search", "eCommerce", "telecom",
                                  "securitySoftware", "socialNetwork", "Portal", "bank"}));
    if (c.oneIn(3))
        o.text("note", "n");
    return o.json();
}

QByteArray event(Choices &c)
{
    Object o(c);
    o.str("id", eventId(c)).str("start", date(c)).raw("end", dateOrNull(c));
    o.str("kind",
          c.pick<Text>({"alliance", "investment", "launch", "dispute", "plan", "milestone", "merger"}));
    o.str("status", c.pick<Text>({"confirmed", "announced", "rumoured", "unconfirmed", "maybe"}));
    o.raw("parties", ids(c, 4, entityId))
        .text("title", title(c))
        .text("summary", c.pick<Text>({"S", "", "阿"}));
    o.cite([&] { return sourceId(c); }, [&] { return paragraph(c); });
    if (c.oneIn(3))
        o.text("dateNote", "derived");
    return o.json();
}

QByteArray point(Choices &c)
{
    Object o(c);
    o.str("date", date(c)).raw("value", number(c));
    o.str("qualifier", c.pick<Text>({"exact", "atLeast", "over", "approximately", "approaching", "about"}));
    o.cite([&] { return sourceId(c); }, [&] { return paragraph(c); })
        .text("claim", c.pick<Text>({"C", "", "claims"}));
    if (c.oneIn(4))
        o.text("dateNote", "d");
    return o.json();
}

Text metric(Choices &c)
{
    return c.pick<Text>({"registeredUsers", "activeAccounts", "peakConcurrentUsers", "usersAsStated",
                         "accounts", "revenue", "stake", "users"});
}

QByteArray series(Choices &c)
{
    Object o(c);
    o.str("id", seriesId(c)).str("entity", entityId(c)).str("metric", metric(c));
    o.str("unit", c.pick<Text>({"count", "usd", "percent", "count", "yuan"}));
    o.raw("points", array(c, 4, [&] { return point(c); }));
    return o.json();
}

QByteArray market(Choices &c)
{
    Object name(c);
    name.str("en", "M").str("zh", c.pick<Text>({"M", ""}));
    Object o(c);
    o.str("id", c.pick<Text>({"m1", "m2", "m1"}))
        .str("sector", c.pick<Text>({"microblog", "instantMessaging", "portal"}));
    o.raw("name", name.json()).str("metric", metric(c)).str("date", date(c));
    const bool total = c.oneIn(2);
    o.raw("total", total ? number(c) : QByteArray("null"));
    o.raw("totalQualifier", total || c.oneIn(4) ? QByteArray("\"exact\"") : QByteArray("null"));
    o.cite([&] { return sourceId(c); }, [&] { return paragraph(c); });
    o.raw("members", ids(c, 3, seriesId)).raw("otherIncludes", ids(c, 2, entityId));
    if (c.oneIn(c.version < 2 ? 30 : 3))
        o.text("note", "n");
    return o.json();
}

QByteArray quote(Choices &c)
{
    Object o(c);
    o.str("id", c.pick<Text>({"q1", "q2", "q1", "Q"})).text("speaker", c.pick<Text>({"X", ""}));
    o.text("role", "").text("organisation", "O").text("text", c.pick<Text>({"Hi", " "}));
    o.raw("paraphrase", c.pick<Text>({"false", "true", "\"no\""})).str("date", date(c));
    o.cite([&] { return sourceId(c); }, [&] { return paragraph(c); });
    o.raw("events", ids(c, 3, eventId)).raw("entities", ids(c, 3, entityId));
    if (c.oneIn(4))
        o.text("dateNote", "d");
    if (c.oneIn(c.version < 2 ? 30 : 3))
        o.text("translation", c.pick<Text>({"译文", "x"}));
    return o.json();
}

} // namespace

int at::fuzz::validator(const std::uint8_t *data, std::size_t size)
{
    Choices c(data, size);
    Object top(c);
    top.str("format", c.oneIn(30) ? "alliance-timeline" : "alliance-timeline-dataset");
    // Both versions, and now and then one this program does not read.
    c.version = c.oneIn(2) ? 2 : 1;
    top.raw("version", c.oneIn(30) ? "3" : c.version == 2 ? "2" : "1");
    top.raw("sources", array(c, 3, [&] { return source(c); }));
    top.raw("entities", array(c, 5, [&] { return entity(c); }));
    top.raw("events", array(c, 6, [&] { return event(c); }));
    top.raw("series", array(c, 3, [&] { return series(c); }));
    top.raw("markets", array(c, 2, [&] { return market(c); }));
    top.raw("quotes", array(c, 3, [&] { return quote(c); }));
    const QByteArray json = top.json();
    compareJsonReaders(json, 100);
    compareJsonReaders(json, 1 + c.pick(6));
    return 0;
}

AT_FUZZ_TARGET(at::fuzz::validator)
