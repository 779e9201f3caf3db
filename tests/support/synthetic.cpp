// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "tests/support/synthetic.h"

#include "app/core/atomicfile.h"

#include <QBuffer>
#include <QDir>
#include <QIODevice>
#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>

namespace at {
namespace {

// xoshiro256** seeded through splitmix64: the same numbers on every compiler and library, unlike the
// std:: distributions whose algorithms are left to the implementation.
class Rng {
public:
    explicit Rng(quint64 seed)
    {
        for (auto &s : m_s)
            s = splitmix(seed);
    }
    // An independent stream for item `index` of kind `stream`, so that items do not depend on the order
    // they are generated in.
    Rng(quint64 seed, quint64 stream, quint64 index)
        : Rng(seed ^ (stream * 0x9E3779B97F4A7C15ull) ^ (index * 0xD1B54A32D192ED03ull))
    {}

    quint64 next()
    {
        const quint64 result = rotl(m_s[1] * 5, 7) * 9;
        const quint64 t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }
    double real() { return double(next() >> 11) * 0x1.0p-53; } // [0, 1)
    int below(int n) { return n <= 1 ? 0 : std::min(n - 1, int(real() * n)); }
    int between(int lo, int hi) { return lo + below(hi - lo + 1); } // inclusive
    bool chance(double p) { return real() < p; }
    template <typename T, size_t N> const T &pick(const std::array<T, N> &a)
    {
        return a[size_t(below(int(N)))];
    }
    // An index drawn with the given cumulative weights (last element = total).
    int weighted(const std::vector<double> &cumulative)
    {
        const double x = real() * cumulative.back();
        return int(std::upper_bound(cumulative.begin(), cumulative.end(), x) - cumulative.begin());
    }

private:
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }
    static quint64 splitmix(quint64 &x)
    {
        quint64 z = (x += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    std::array<quint64, 4> m_s{};
};

enum Stream : quint64 {
    EventTimes = 1,
    EventFields,
    EventText,
    EntityStream,
    SourceStream,
    PointStream,
    QuoteStream
};

constexpr std::array<const char16_t *, 20> namePrefixEn{
    u"Sina", u"Tenc", u"Bai", u"Ali",  u"Sou", u"Net", u"Ren", u"Kai", u"Xun", u"Hua",
    u"Qi",   u"Tao",  u"Mei", u"Jing", u"Le",  u"You", u"Dou", u"Zhi", u"Wan", u"Yi"};
constexpr std::array<const char16_t *, 20> namePrefixZh{u"新", u"腾", u"百", u"阿", u"搜", u"网", u"人",
                                                        u"开", u"迅", u"华", u"奇", u"淘", u"美", u"京",
                                                        u"乐", u"优", u"豆", u"知", u"万", u"易"};
constexpr std::array<const char16_t *, 8> nameSuffixEn{u"link",  u" Media", u" Mobile", u"bao",
                                                       u" Tech", u"net",    u" Online", u" Group"};
constexpr std::array<const char16_t *, 8> nameSuffixZh{u"联",   u"传媒", u"移动", u"宝",
                                                       u"科技", u"网",   u"在线", u"集团"};

constexpr std::array<const char16_t *, 12> topics{
    u"mobile payments",   u"video sharing",  u"microblog accounts", u"instant messaging",
    u"online games",      u"search traffic", u"e-commerce",         u"telecom services",
    u"security software", u"advertising",    u"app distribution",   u"cloud storage"};
constexpr std::array<const char16_t *, 8> products{
    u"a microblog",     u"a group-buying site", u"a video channel", u"an open platform",
    u"a mobile client", u"a payment service",   u"a browser",       u"an app store"};
// The same words in Chinese, index for index.
constexpr std::array<const char16_t *, 12> topicsZh{u"移动支付", u"视频分享", u"微博账户", u"即时通信",
                                                    u"网络游戏", u"搜索流量", u"电子商务", u"电信服务",
                                                    u"安全软件", u"广告",     u"应用分发", u"云存储"};
constexpr std::array<const char16_t *, 8> productsZh{u"微博",       u"团购网站", u"视频频道", u"开放平台",
                                                     u"移动客户端", u"支付服务", u"浏览器",   u"应用商店"};
constexpr std::array<const char16_t *, 8> tails{u"",
                                                u" in Beijing",
                                                u" after months of talks",
                                                u", according to people familiar with the matter",
                                                u" ahead of its listing",
                                                u" for users in smaller cities",
                                                u"",
                                                u" despite regulators' concerns"};

// Shares of the closed vocabularies, roughly those of the embedded dataset and the news it comes from.
constexpr std::array<double, 6> kindWeights{15, 12, 20, 8, 15, 30}; // alliance .. milestone
constexpr std::array<double, 5> precisionWeights{72, 8, 11, 5, 4};  // day .. year

template <size_t N> int weightedIndex(Rng &rng, const std::array<double, N> &weights)
{
    double total = 0;
    for (double w : weights)
        total += w;
    double x = rng.real() * total;
    for (size_t i = 0; i < N; ++i) {
        if (x < weights[i])
            return int(i);
        x -= weights[i];
    }
    return int(N - 1);
}

FuzzyDate alignedDate(qint64 julianDay, Precision precision)
{
    const QDate d = QDate::fromJulianDay(julianDay);
    switch (precision) {
    case Precision::Day:
        return FuzzyDate::fromDate(d, precision);
    case Precision::Week:
        return FuzzyDate::fromDate(d.addDays(1 - d.dayOfWeek()), precision);
    case Precision::Month:
        return FuzzyDate::fromDate(QDate(d.year(), d.month(), 1), precision);
    case Precision::Quarter:
        return FuzzyDate::fromDate(QDate(d.year(), (d.month() - 1) / 3 * 3 + 1, 1), precision);
    case Precision::Year:
        return FuzzyDate::fromDate(QDate(d.year(), 1, 1), precision);
    }
    return {};
}

QString padded(int value, int width)
{
    return QStringLiteral("%1").arg(value, width, 10, QLatin1Char('0'));
}
int digitsFor(int n)
{
    return n < 10 ? 1 : int(std::floor(std::log10(double(n)))) + 1;
}

// Everything about one event but its text, which is derived again from its index when it is needed.
struct PlannedEvent {
    FuzzyDate start;
    FuzzyDate end;
    std::array<quint16, 5> parties{};
    quint8 partyCount = 1;
    Kind kind = Kind::Milestone;
    Status status = Status::Confirmed;
    quint16 source = 0;
    quint16 paragraph = 1;
    quint32 draw = 0; // the event's index before sorting: seeds its text
};

// The whole dataset minus the text of events and points, which both writers derive on the fly.
class Plan {
public:
    explicit Plan(const SyntheticSpec &spec) : m_spec(spec)
    {
        m_firstDay = QDate(spec.startYear, 1, 1).toJulianDay();
        m_lastDay = QDate(spec.startYear + std::max(1, spec.years), 1, 1).toJulianDay() - 1;
        makeSources();
        makeEntities();
        makeEvents();
    }

    const SyntheticSpec &spec() const { return m_spec; }
    QList<Source> sources;
    QList<Entity> entities;
    std::vector<PlannedEvent> events; // in time order

    QString eventId(size_t i) const { return QStringLiteral("ev-") + padded(int(i), m_idDigits); }
    QString entityName(int entity) const { return entities[entity].nameEn; }

    QString title(const PlannedEvent &e) const
    {
        Rng rng(m_spec.seed, EventText, e.draw);
        const QString a = entityName(e.parties[0]);
        const QString b = e.partyCount > 1 ? entityName(e.parties[1]) : QStringLiteral("partners");
        const QString topic = QString::fromUtf16(rng.pick(topics));
        QString t;
        switch (e.kind) {
        case Kind::Alliance:
            t = a + QStringLiteral(" and ") + b + QStringLiteral(" team up on ") + topic;
            break;
        case Kind::Investment:
            t = a + QStringLiteral(" takes a %1% stake in ").arg(rng.between(2, 49)) + b;
            break;
        case Kind::Launch:
            t = a + QStringLiteral(" launches ") + QString::fromUtf16(rng.pick(products));
            break;
        case Kind::Dispute:
            t = a + QStringLiteral(" and ") + b + QStringLiteral(" clash over ") + topic;
            break;
        case Kind::Plan:
            t = a + QStringLiteral(" plans ") + QString::fromUtf16(rng.pick(products)) +
                QStringLiteral(" for ") + topic;
            break;
        case Kind::Milestone:
            t = a + QStringLiteral(" passes %1 million users").arg(rng.between(1, 900));
            break;
        }
        if (e.partyCount > 2)
            t += QStringLiteral(" with %1 others").arg(e.partyCount - 2);
        t += QString::fromUtf16(rng.pick(tails));
        return t.left(120);
    }
    QString summary(const PlannedEvent &e) const
    {
        Rng rng(m_spec.seed, EventText, quint64(e.draw) + (quint64(1) << 40));
        return QStringLiteral("Synthetic event %1 about ").arg(e.draw) +
               QString::fromUtf16(rng.pick(topics)) + u'.';
    }
    // The same title in Chinese: the same draws in the same order as title(), so the same topic, product,
    // stake and count.
    QString titleZh(const PlannedEvent &e) const
    {
        Rng rng(m_spec.seed, EventText, e.draw);
        const QString a = entities[e.parties[0]].nameZh;
        const QString b = e.partyCount > 1 ? entities[e.parties[1]].nameZh : QStringLiteral("合作伙伴");
        const QString topicZh = QString::fromUtf16(topicsZh[size_t(rng.below(int(topics.size())))]);
        QString t;
        switch (e.kind) {
        case Kind::Alliance:
            t = QStringLiteral("%1与%2在%3领域合作").arg(a, b, topicZh);
            break;
        case Kind::Investment:
            t = QStringLiteral("%1入股%2，持股 %3%").arg(a, b).arg(rng.between(2, 49));
            break;
        case Kind::Launch:
            t = QStringLiteral("%1推出%2")
                    .arg(a, QString::fromUtf16(productsZh[size_t(rng.below(int(products.size())))]));
            break;
        case Kind::Dispute:
            t = QStringLiteral("%1与%2在%3领域发生争执").arg(a, b, topicZh);
            break;
        case Kind::Plan:
            t = QStringLiteral("%1计划为%2推出%3")
                    .arg(a, topicZh, QString::fromUtf16(productsZh[size_t(rng.below(int(products.size())))]));
            break;
        case Kind::Milestone:
            t = QStringLiteral("%1用户数超过 %2 万").arg(a).arg(rng.between(1, 900) * 100);
            break;
        }
        if (e.partyCount > 2)
            t += QStringLiteral("（另有 %1 方参与）").arg(e.partyCount - 2);
        return t.left(120);
    }
    QString summaryZh(const PlannedEvent &e) const
    {
        return QStringLiteral("关于%1的合成事件 %2。").arg(entities[e.parties[0]].nameZh).arg(e.draw);
    }
    QString dateNote(const PlannedEvent &e) const
    {
        return e.start.precision == Precision::Week ? QStringLiteral("Derived from a weekday in the source.")
                                                    : QString();
    }

    // Series `s`: the entity, its metric and its points, drawn from a logistic growth curve with noise.
    int seriesEntity(int s) const { return entities.isEmpty() ? 0 : s % int(entities.size()); }
    Metric seriesMetric(int s) const
    {
        return (s / std::max<int>(1, int(entities.size()))) % 2 ? Metric::RegisteredUsers
                                                                : Metric::ActiveAccounts;
    }
    QString seriesId(int s) const { return QStringLiteral("series-") + padded(s, digitsFor(m_spec.series)); }
    qint64 pointDay(int p) const
    {
        const double span = double(m_lastDay - m_firstDay);
        const double step = m_spec.pointsPerSeries > 0 ? span / m_spec.pointsPerSeries : span;
        // At least a day apart: points of one series never share a date.
        return m_firstDay + qint64(step >= 1 ? std::floor(step * p) : p);
    }
    SeriesPoint point(int s, int p, QString *claim) const
    {
        Rng rng(m_spec.seed, PointStream, quint64(s) * 0x100000000ull + quint64(p));
        SeriesPoint sp;
        sp.date = FuzzyDate::fromDate(QDate::fromJulianDay(pointDay(p)));
        const double x = double(p) / std::max(1, m_spec.pointsPerSeries - 1);
        const double cap = 50e6 * (1 + s % 7);
        sp.value = std::round(cap / (1 + std::exp(-10 * (x - 0.5))) * (0.97 + 0.06 * rng.real()));
        const int q = rng.below(10);
        sp.qualifier = q < 7 ? Qualifier::Exact : q < 9 ? Qualifier::Approximately : Qualifier::Over;
        sp.source = quint16(rng.below(int(sources.size())));
        sp.paragraph = quint16(rng.between(1, sources[sp.source].paragraphs));
        if (claim)
            *claim =
                QStringLiteral("%1 reports %2 users.").arg(entityName(seriesEntity(s))).arg(qint64(sp.value));
        return sp;
    }
    bool pointsFitTheFormat() const
    {
        return m_spec.pointsPerSeries <= 0 ||
               QDate::fromJulianDay(pointDay(m_spec.pointsPerSeries - 1)).year() <= 2100;
    }

    QList<Quote> quotes() const
    {
        QList<Quote> result;
        if (events.empty())
            return result;
        static constexpr std::array<const char16_t *, 8> speakers{u"Li Wei",    u"Zhang Min", u"Wang Fang",
                                                                  u"Chen Jie",  u"Liu Yang",  u"Zhao Lei",
                                                                  u"Anna Hart", u"Tom Reyes"};
        for (int i = 0; i < m_spec.quotes; ++i) {
            Rng rng(m_spec.seed, QuoteStream, quint64(i));
            const size_t ev = size_t(rng.below(int(events.size())));
            const PlannedEvent &e = events[ev];
            Quote q;
            q.id = QStringLiteral("quote-") + padded(i, digitsFor(m_spec.quotes));
            q.speaker.en = QString::fromUtf16(rng.pick(speakers));
            q.role.en = QStringLiteral("Analyst");
            q.organisation.en = QStringLiteral("Synthetic Research");
            q.text.en = QStringLiteral("We think ") + entityName(e.parties[0]) +
                        QStringLiteral(" is moving into ") + QString::fromUtf16(rng.pick(topics)) +
                        QStringLiteral(" because the market is shifting");
            q.paraphrase = rng.chance(0.3);
            q.date = e.start;
            q.source = e.source;
            q.paragraph = e.paragraph;
            q.events = {int(ev)};
            for (int p = 0; p < e.partyCount; ++p)
                q.entities.append(e.parties[size_t(p)]);
            result.append(q);
        }
        return result;
    }

private:
    void makeSources()
    {
        const int count = std::clamp(m_spec.events / 1000, 5, 60000);
        for (int i = 0; i < count; ++i) {
            Rng rng(m_spec.seed, SourceStream, quint64(i));
            Source s;
            s.id = QStringLiteral("src-") + padded(i, digitsFor(count));
            s.title.en =
                QStringLiteral("Synthetic report %1 on ").arg(i + 1) + QString::fromUtf16(rng.pick(topics));
            s.publisher = LocalText{QStringLiteral("Synthetic Wire"), {}};
            s.author = LocalText{QStringLiteral("Not printed"), {}};
            s.published = FuzzyDate::fromDate(
                QDate::fromJulianDay(m_firstDay + rng.below(int(m_lastDay - m_firstDay))));
            s.paragraphs = rng.between(12, 60);
            sources.append(s);
        }
    }

    void makeEntities()
    {
        const int lanes = std::clamp(m_spec.lanes, 1, 65535);
        for (int i = 0; i < lanes; ++i) {
            Entity en;
            en.id = QStringLiteral("company-") + padded(i, digitsFor(lanes));
            const QString number = i >= 160 ? QStringLiteral(" %1").arg(i / 160 + 1) : QString();
            en.nameEn = QString::fromUtf16(namePrefixEn[size_t(i % 20)]) +
                        QString::fromUtf16(nameSuffixEn[size_t(i / 20 % 8)]) + number;
            en.nameZh = QString::fromUtf16(namePrefixZh[size_t(i % 20)]) +
                        QString::fromUtf16(nameSuffixZh[size_t(i / 20 % 8)]) + number;
            en.sector = Sector(i % count<Sector>());
            // Every seventh company is a subsidiary of the one before it, as Weibo is of Sina.
            en.parent = i % 7 == 6 ? i - 1 : -1;
            entities.append(en);
        }
    }

    void makeEvents()
    {
        const int n = std::max(0, m_spec.events);
        m_idDigits = digitsFor(std::max(1, n - 1));
        // Busier companies have more news: weights fall off slowly with the lane number.
        std::vector<double> cumulative;
        double total = 0;
        for (int i = 0; i < entities.size(); ++i)
            cumulative.push_back(total += 1.0 / std::sqrt(i + 3.0));
        const int span = int(m_lastDay - m_firstDay);
        const int hotDays = std::max(1, m_spec.years * 6);

        events.resize(size_t(n));
        for (int i = 0; i < n; ++i) {
            Rng rng(m_spec.seed, EventTimes, quint64(i));
            PlannedEvent &e = events[size_t(i)];
            e.draw = quint32(i);
            qint64 day = m_firstDay + rng.below(span + 1);
            if (rng.chance(m_spec.burstShare)) {
                Rng hot(m_spec.seed, EventTimes, quint64(1) << 40 | quint64(rng.below(hotDays)));
                day = m_firstDay + hot.below(span + 1) + rng.between(-3, 3);
            }
            day = std::clamp<qint64>(day, m_firstDay, m_lastDay);
            e.start = alignedDate(day, Precision(weightedIndex(rng, precisionWeights)));
            if (e.start.first < m_firstDay) // a week or quarter reaching back before the span
                e.start = FuzzyDate::fromDate(QDate::fromJulianDay(m_firstDay));
            if (rng.chance(m_spec.rangedShare)) {
                const int days =
                    int(std::round(std::exp(std::log(3.0) + rng.real() * std::log(730.0 / 3.0))));
                e.end = FuzzyDate::fromDate(
                    QDate::fromJulianDay(std::min<qint64>(e.start.last() + days, m_lastDay)));
                if (e.end.first <= e.start.last())
                    e.end = {};
            }
        }
        // Time order as Dataset::finish() sorts (drawn time, then id): ids are given after sorting.
        std::vector<qint64> key(static_cast<size_t>(n));
        for (int i = 0; i < n; ++i)
            key[size_t(i)] = qint64(events[size_t(i)].start.first) + events[size_t(i)].start.last();
        std::vector<int> order(static_cast<size_t>(n));
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(),
                         [&](int a, int b) { return key[size_t(a)] < key[size_t(b)]; });
        std::vector<PlannedEvent> sorted(static_cast<size_t>(n));
        for (int i = 0; i < n; ++i)
            sorted[size_t(i)] = events[size_t(order[size_t(i)])];
        events = std::move(sorted);

        for (PlannedEvent &e : events) {
            Rng rng(m_spec.seed, EventFields, e.draw);
            e.kind = Kind(weightedIndex(rng, kindWeights));
            if (rng.chance(m_spec.tentativeShare)) {
                const int s = rng.below(10);
                e.status = s < 5 ? Status::Announced : s < 8 ? Status::Rumoured : Status::Unconfirmed;
            }
            if (e.kind == Kind::Plan && e.status == Status::Confirmed && rng.chance(0.6))
                e.status = Status::Announced;
            e.parties[0] = quint16(std::min<int>(rng.weighted(cumulative), int(entities.size()) - 1));
            e.partyCount = 1;
            if (entities.size() > 1 && rng.chance(m_spec.multiPartyShare)) {
                const int r = rng.below(100);
                const int wanted = std::min<int>(r < 70   ? 2
                                                 : r < 92 ? 3
                                                 : r < 97 ? 4
                                                          : 5,
                                                 int(entities.size()));
                while (e.partyCount < wanted) {
                    const auto p = quint16(rng.below(int(entities.size())));
                    if (std::find(e.parties.begin(), e.parties.begin() + e.partyCount, p) ==
                        e.parties.begin() + e.partyCount)
                        e.parties[e.partyCount++] = p;
                }
            }
            e.source = quint16(rng.below(int(sources.size())));
            e.paragraph = quint16(rng.between(1, sources[e.source].paragraphs));
        }
    }

    SyntheticSpec m_spec;
    qint64 m_firstDay = 0;
    qint64 m_lastDay = 0;
    int m_idDigits = 1;
};

// JSON text, written in pieces to a device.
class JsonWriter {
public:
    explicit JsonWriter(QIODevice *device) : m_device(device) { m_buffer.reserve(1 << 20); }

    JsonWriter &raw(const char *s)
    {
        m_buffer.append(s);
        return maybeFlush();
    }
    JsonWriter &raw(const QByteArray &s)
    {
        m_buffer.append(s);
        return maybeFlush();
    }
    JsonWriter &number(double v)
    {
        m_buffer.append(QByteArray::number(v, 'g', 17));
        return maybeFlush();
    }
    JsonWriter &string(QStringView s)
    {
        m_buffer.append('"');
        for (QChar c : s) {
            const char16_t u = c.unicode();
            if (u == u'"' || u == u'\\') {
                m_buffer.append('\\').append(char(u));
            } else if (u < 0x20) {
                m_buffer.append("\\u00").append(QByteArray::number(u, 16).rightJustified(2, '0'));
            } else if (u < 0x80) {
                m_buffer.append(char(u));
            } else {
                m_buffer.append(QStringView(&c, 1).toUtf8()); // the generator writes no surrogate pairs
            }
        }
        m_buffer.append('"');
        return maybeFlush();
    }
    JsonWriter &date(const FuzzyDate &d) { return d.isNull() ? raw("null") : string(d.toIsoString()); }
    bool finish()
    {
        flush();
        return m_ok;
    }

private:
    JsonWriter &maybeFlush()
    {
        if (m_buffer.size() > (1 << 20))
            flush();
        return *this;
    }
    void flush()
    {
        if (m_ok && !m_buffer.isEmpty())
            m_ok = m_device->write(m_buffer) == m_buffer.size();
        m_buffer.clear();
    }
    QIODevice *m_device;
    QByteArray m_buffer;
    bool m_ok = true;
};

// CSV rows (RFC 4180, resources/csv/README.md), written in pieces to a device. A field is quoted only when
// it must be: when it holds a comma, a quote or a line break.
class CsvWriter {
public:
    explicit CsvWriter(QIODevice *device) : m_device(device) { m_buffer.reserve(1 << 20); }

    CsvWriter &field(QStringView s)
    {
        separate();
        const bool quote = std::any_of(
            s.begin(), s.end(), [](QChar c) { return c == u',' || c == u'"' || c == u'\n' || c == u'\r'; });
        if (!quote) {
            m_buffer.append(s.toUtf8());
            return *this;
        }
        m_buffer.append('"');
        for (QChar c : s) {
            if (c == u'"')
                m_buffer.append('"');
            m_buffer.append(QStringView(&c, 1).toUtf8()); // the generator writes no surrogate pairs
        }
        m_buffer.append('"');
        return *this;
    }
    CsvWriter &field(const char *s) { return field(QString::fromLatin1(s)); }
    CsvWriter &number(double v)
    {
        separate();
        m_buffer.append(QByteArray::number(v, 'g', 17));
        return *this;
    }
    CsvWriter &date(const FuzzyDate &d) { return field(d.isNull() ? QString() : d.toIsoString()); }
    CsvWriter &list(const QStringList &ids) { return field(ids.join(u';')); }
    CsvWriter &header(const char *names)
    {
        m_buffer.append(names);
        m_fields = 1;
        return endRow();
    }
    CsvWriter &endRow()
    {
        m_buffer.append('\n');
        m_fields = 0;
        if (m_buffer.size() > (1 << 20))
            flush();
        return *this;
    }
    bool finish()
    {
        flush();
        return m_ok;
    }

private:
    void separate()
    {
        if (m_fields++ > 0)
            m_buffer.append(',');
    }
    void flush()
    {
        if (m_ok && !m_buffer.isEmpty())
            m_ok = m_device->write(m_buffer) == m_buffer.size();
        m_buffer.clear();
    }
    QIODevice *m_device;
    QByteArray m_buffer;
    int m_fields = 0;
    bool m_ok = true;
};

bool failed(QIODevice *device, QString *error)
{
    if (error)
        *error = device->errorString();
    return false;
}

} // namespace

std::shared_ptr<Dataset> makeSyntheticDataset(const SyntheticSpec &spec)
{
    const Plan plan(spec);
    auto d = std::make_shared<Dataset>();
    d->sources = plan.sources;
    d->entities = plan.entities;
    d->events.reserve(plan.events.size());
    size_t partyCount = 0; // reserved exactly: a grown vector holds up to twice what it needs
    for (const PlannedEvent &p : plan.events)
        partyCount += p.partyCount;
    d->parties.reserve(partyCount);
    d->pool.reserve(qsizetype(plan.events.size()) * 110);
    for (size_t i = 0; i < plan.events.size(); ++i) {
        const PlannedEvent &p = plan.events[i];
        Event e;
        e.start = p.start;
        e.end = p.end;
        e.id = d->pool.add(plan.eventId(i));
        if (spec.chinese) {
            e.title = d->addText(LocalText{plan.title(p), plan.titleZh(p)});
            e.summary = d->addText(LocalText{plan.summary(p), plan.summaryZh(p)});
        } else {
            e.title = d->pool.add(plan.title(p));
            e.summary = d->pool.add(plan.summary(p));
        }
        e.dateNote = d->pool.add(plan.dateNote(p));
        e.partiesBegin = quint32(d->parties.size());
        e.partyCount = p.partyCount;
        d->parties.insert(d->parties.end(), p.parties.begin(), p.parties.begin() + p.partyCount);
        e.source = p.source;
        e.paragraph = p.paragraph;
        e.kind = p.kind;
        e.status = p.status;
        d->events.push_back(e);
    }
    d->points.reserve(size_t(std::max(0, spec.series)) * size_t(std::max(0, spec.pointsPerSeries)));
    for (int s = 0; s < spec.series && !plan.entities.isEmpty(); ++s) {
        Series series;
        series.id = plan.seriesId(s);
        series.entity = plan.seriesEntity(s);
        series.metric = plan.seriesMetric(s);
        series.unit = Unit::Count;
        series.pointsBegin = quint32(d->points.size());
        QString claim;
        for (int p = 0; p < spec.pointsPerSeries; ++p) {
            SeriesPoint sp = plan.point(s, p, &claim);
            sp.claim = d->pool.add(claim);
            d->points.push_back(sp);
        }
        series.pointCount = quint32(d->points.size()) - series.pointsBegin;
        d->series.append(series);
    }
    d->quotes = plan.quotes();
    d->finish();
    return d;
}

bool writeSyntheticDatasetJson(const SyntheticSpec &spec, QIODevice *device, QString *error)
{
    const Plan plan(spec);
    if (!plan.pointsFitTheFormat()) {
        if (error)
            *error = QStringLiteral("%1 points per series do not fit in daily steps before the year 2100")
                         .arg(spec.pointsPerSeries);
        return false;
    }
    JsonWriter w(device);
    // Version 2 names each record's source and paragraph as its one citation.
    const bool v2 = spec.chinese;
    auto cite = [&w, v2](const QString &source, int paragraph) {
        if (v2)
            w.raw(", \"citations\": [{\"source\": ")
                .string(source)
                .raw(", \"paragraphs\": [")
                .number(paragraph)
                .raw("]}]");
        else
            w.raw(", \"source\": ").string(source).raw(", \"paragraph\": ").number(paragraph);
    };
    auto local = [&w, v2](const QString &en, const QString &zh) {
        if (v2)
            w.raw("{\"en\": ").string(en).raw(", \"zh\": ").string(zh).raw("}");
        else
            w.string(en);
    };
    w.raw(v2 ? "{\"format\": \"alliance-timeline-dataset\", \"version\": 2,\n\"sources\": ["
             : "{\"format\": \"alliance-timeline-dataset\", \"version\": 1,\n\"sources\": [");
    for (qsizetype i = 0; i < plan.sources.size(); ++i) {
        const Source &s = plan.sources[i];
        w.raw(i ? ",\n" : "\n").raw("{\"id\": ").string(s.id).raw(", \"title\": ").string(s.title.primary());
        w.raw(", \"publisher\": ")
            .string(s.publisher.primary())
            .raw(", \"author\": ")
            .string(s.author.primary());
        w.raw(", \"published\": ").date(s.published).raw(", \"paragraphs\": ").number(s.paragraphs).raw("}");
    }
    w.raw("],\n\"entities\": [");
    for (qsizetype i = 0; i < plan.entities.size(); ++i) {
        const Entity &e = plan.entities[i];
        w.raw(i ? ",\n" : "\n").raw("{\"id\": ").string(e.id).raw(", \"name\": {\"en\": ").string(e.nameEn);
        w.raw(", \"zh\": ").string(e.nameZh).raw("}, \"parent\": ");
        if (e.parent >= 0)
            w.string(plan.entities[e.parent].id);
        else
            w.raw("null");
        w.raw(", \"sector\": ").string(jsonName(e.sector)).raw("}");
    }
    w.raw("],\n\"events\": [");
    for (size_t i = 0; i < plan.events.size(); ++i) {
        const PlannedEvent &e = plan.events[i];
        w.raw(i ? ",\n" : "\n").raw("{\"id\": ").string(plan.eventId(i)).raw(", \"start\": ").date(e.start);
        w.raw(", \"end\": ").date(e.end).raw(", \"kind\": ").string(jsonName(e.kind));
        w.raw(", \"status\": ").string(jsonName(e.status)).raw(", \"parties\": [");
        for (int p = 0; p < e.partyCount; ++p)
            w.raw(p ? ", " : "").string(plan.entities[e.parties[size_t(p)]].id);
        w.raw("], \"title\": ");
        local(plan.title(e), v2 ? plan.titleZh(e) : QString());
        w.raw(", \"summary\": ");
        local(plan.summary(e), v2 ? plan.summaryZh(e) : QString());
        cite(plan.sources[e.source].id, e.paragraph);
        if (const QString note = plan.dateNote(e); !note.isEmpty())
            w.raw(", \"dateNote\": ").string(note);
        w.raw("}");
    }
    w.raw("],\n\"series\": [");
    for (int s = 0; s < spec.series && !plan.entities.isEmpty(); ++s) {
        w.raw(s ? ",\n" : "\n").raw("{\"id\": ").string(plan.seriesId(s));
        w.raw(", \"entity\": ").string(plan.entities[plan.seriesEntity(s)].id);
        w.raw(", \"metric\": ")
            .string(jsonName(plan.seriesMetric(s)))
            .raw(", \"unit\": \"count\", \"points\": [");
        QString claim;
        for (int p = 0; p < spec.pointsPerSeries; ++p) {
            const SeriesPoint sp = plan.point(s, p, &claim);
            w.raw(p ? ",\n  " : "\n  ")
                .raw("{\"date\": ")
                .date(sp.date)
                .raw(", \"value\": ")
                .number(sp.value);
            w.raw(", \"qualifier\": ").string(jsonName(sp.qualifier));
            cite(plan.sources[sp.source].id, sp.paragraph);
            w.raw(", \"claim\": ").string(claim).raw("}");
        }
        w.raw("]}");
    }
    w.raw("],\n\"markets\": [],\n\"quotes\": [");
    const QList<Quote> quotes = plan.quotes();
    for (qsizetype i = 0; i < quotes.size(); ++i) {
        const Quote &q = quotes[i];
        w.raw(i ? ",\n" : "\n")
            .raw("{\"id\": ")
            .string(q.id)
            .raw(", \"speaker\": ")
            .string(q.speaker.primary());
        w.raw(", \"role\": ")
            .string(q.role.primary())
            .raw(", \"organisation\": ")
            .string(q.organisation.primary());
        w.raw(", \"text\": ")
            .string(q.text.primary())
            .raw(", \"paraphrase\": ")
            .raw(q.paraphrase ? "true" : "false");
        w.raw(", \"date\": ").date(q.date);
        cite(plan.sources[q.source].id, q.paragraph);
        w.raw(", \"events\": [");
        for (qsizetype k = 0; k < q.events.size(); ++k)
            w.raw(k ? ", " : "").string(plan.eventId(size_t(q.events[k])));
        w.raw("], \"entities\": [");
        for (qsizetype k = 0; k < q.entities.size(); ++k)
            w.raw(k ? ", " : "").string(plan.entities[q.entities[k]].id);
        w.raw("]}");
    }
    w.raw("]}\n");
    if (!w.finish()) {
        if (error)
            *error = device->errorString();
        return false;
    }
    return true;
}

QByteArray syntheticDatasetJson(const SyntheticSpec &spec)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    writeSyntheticDatasetJson(spec, &buffer);
    return bytes;
}

bool writeSyntheticDatasetCsv(const SyntheticSpec &spec, const SyntheticCsvDevices &devices, QString *error)
{
    const Plan plan(spec);
    if (!plan.pointsFitTheFormat()) {
        if (error)
            *error = QStringLiteral("%1 points per series do not fit in daily steps before the year 2100")
                         .arg(spec.pointsPerSeries);
        return false;
    }
    if (QIODevice *device = devices.sources) {
        CsvWriter w(device);
        w.header("id,title,publisher,author,published,paragraphs,publishedNote");
        for (const Source &s : plan.sources) {
            w.field(s.id)
                .field(s.title.primary())
                .field(s.publisher.primary())
                .field(s.author.primary())
                .date(s.published);
            w.number(s.paragraphs).field(s.publishedNote.primary()).endRow();
        }
        if (!w.finish())
            return failed(device, error);
    }
    if (QIODevice *device = devices.entities) {
        CsvWriter w(device);
        w.header("id,nameEn,nameZh,parent,sector,note");
        for (const Entity &e : plan.entities) {
            w.field(e.id).field(e.nameEn).field(e.nameZh);
            w.field(e.parent >= 0 ? plan.entities[e.parent].id : QString());
            w.field(jsonName(e.sector)).field(e.note.primary()).endRow();
        }
        if (!w.finish())
            return failed(device, error);
    }
    if (QIODevice *device = devices.events) {
        CsvWriter w(device);
        // With Chinese, version 2: the _zh columns and a citations cell instead of source and paragraph.
        w.header(spec.chinese
                     ? "id,start,end,kind,status,parties,title,title_zh,summary,summary_zh,citations,dateNote"
                     : "id,start,end,kind,status,parties,title,summary,source,paragraph,dateNote");
        QStringList parties;
        for (size_t i = 0; i < plan.events.size(); ++i) {
            const PlannedEvent &e = plan.events[i];
            parties.clear();
            for (int p = 0; p < e.partyCount; ++p)
                parties.append(plan.entities[e.parties[size_t(p)]].id);
            w.field(plan.eventId(i))
                .date(e.start)
                .date(e.end)
                .field(jsonName(e.kind))
                .field(jsonName(e.status));
            if (spec.chinese) {
                w.list(parties).field(plan.title(e)).field(plan.titleZh(e)).field(plan.summary(e));
                w.field(plan.summaryZh(e))
                    .field(QString(plan.sources[e.source].id + u':' + QString::number(e.paragraph)))
                    .field(plan.dateNote(e))
                    .endRow();
            } else {
                w.list(parties).field(plan.title(e)).field(plan.summary(e)).field(plan.sources[e.source].id);
                w.number(e.paragraph).field(plan.dateNote(e)).endRow();
            }
        }
        if (!w.finish())
            return failed(device, error);
    }
    if (QIODevice *device = devices.series) {
        CsvWriter w(device);
        w.header("series,entity,metric,unit,date,value,qualifier,source,paragraph,claim,dateNote");
        QString claim;
        for (int s = 0; s < spec.series && !plan.entities.isEmpty(); ++s) {
            const QString id = plan.seriesId(s);
            const QString entity = plan.entities[plan.seriesEntity(s)].id;
            const QString metric = jsonName(plan.seriesMetric(s));
            for (int p = 0; p < spec.pointsPerSeries; ++p) {
                const SeriesPoint sp = plan.point(s, p, &claim);
                w.field(id).field(entity).field(metric).field("count").date(sp.date).number(sp.value);
                w.field(jsonName(sp.qualifier)).field(plan.sources[sp.source].id).number(sp.paragraph);
                w.field(claim).field(QString()).endRow();
            }
        }
        if (!w.finish())
            return failed(device, error);
    }
    if (QIODevice *device = devices.quotes) {
        CsvWriter w(device);
        w.header(
            "id,speaker,role,organisation,text,paraphrase,date,source,paragraph,events,entities,dateNote");
        QStringList ids;
        for (const Quote &q : plan.quotes()) {
            w.field(q.id)
                .field(q.speaker.primary())
                .field(q.role.primary())
                .field(q.organisation.primary())
                .field(q.text.primary());
            w.field(q.paraphrase ? "true" : "false").date(q.date).field(plan.sources[q.source].id);
            w.number(q.paragraph);
            ids.clear();
            for (int e : q.events)
                ids.append(plan.eventId(size_t(e)));
            w.list(ids);
            ids.clear();
            for (int e : q.entities)
                ids.append(plan.entities[e].id);
            w.list(ids).field(q.dateNote.primary()).endRow();
        }
        if (!w.finish())
            return failed(device, error);
    }
    return true;
}

bool writeSyntheticDatasetCsvFiles(const SyntheticSpec &spec, const QString &directory, QString *error)
{
    if (!QDir().mkpath(directory)) {
        if (error)
            *error = QStringLiteral("cannot make the directory %1").arg(directory);
        return false;
    }
    const QDir dir(directory);
    const std::array<const char *, 5> names{"sources.csv", "entities.csv", "events.csv", "series.csv",
                                            "quotes.csv"};
    std::array<std::unique_ptr<AtomicFile>, 5> files;
    const auto report = [error](const FileError &e) {
        if (error)
            *error = e.toString();
        return false;
    };
    for (size_t i = 0; i < files.size(); ++i) {
        files[i] = std::make_unique<AtomicFile>(dir.filePath(QString::fromLatin1(names[i])));
        if (auto opened = files[i]->open(); !opened)
            return report(opened.error());
    }
    const bool written =
        writeSyntheticDatasetCsv(spec,
                                 {&files[0]->device(), &files[1]->device(), &files[2]->device(),
                                  &files[3]->device(), &files[4]->device()},
                                 error);
    for (const std::unique_ptr<AtomicFile> &f : files) {
        if (const std::optional<FileError> failure = f->writeFailure())
            return report(*failure);
    }
    if (!written)
        return false;
    for (const std::unique_ptr<AtomicFile> &f : files)
        if (auto committed = f->commit(); !committed)
            return report(committed.error());
    return true;
}

SyntheticCsv syntheticDatasetCsv(const SyntheticSpec &spec)
{
    SyntheticCsv csv;
    std::array<QBuffer, 5> buffers;
    std::array<QByteArray *, 5> targets{&csv.sources, &csv.entities, &csv.events, &csv.series, &csv.quotes};
    for (size_t i = 0; i < buffers.size(); ++i) {
        buffers[i].setBuffer(targets[i]);
        buffers[i].open(QIODevice::WriteOnly);
    }
    writeSyntheticDatasetCsv(spec, {&buffers[0], &buffers[1], &buffers[2], &buffers[3], &buffers[4]});
    return csv;
}

} // namespace at
