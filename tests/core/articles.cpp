// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "tests/core/articles.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <cmath>

using namespace Qt::StringLiterals;

namespace at::test {

namespace {

struct Article {
    const char16_t *source;
    const char *file;
};

constexpr Article articles[] = {
    {u"ft-msn-sina", "000_b992bc255d4d46db.txt"},    {u"technode-sina-msn", "001_6f7407005e905319.txt"},
    {u"weibo-telecoms", "002_00854b73394d2ea6.txt"}, {u"technode-sina-enemy", "003_005dc033512c4640.txt"},
    {u"sina-alibaba", "004_cac375d557fed293.txt"},
};

double scale(QStringView word)
{
    if (word == u"m" || word == u"mn" || word == u"million" || word == u"millions")
        return 1e6;
    if (word == u"bn" || word == u"billion" || word == u"billions")
        return 1e9;
    if (word == u"亿")
        return 1e8;
    if (word == u"万")
        return 1e4;
    return 1;
}

const QHash<QString, int> &englishWords()
{
    static const QHash<QString, int> words{
        {u"two"_s, 2},       {u"three"_s, 3},  {u"four"_s, 4},      {u"five"_s, 5},     {u"six"_s, 6},
        {u"seven"_s, 7},     {u"eight"_s, 8},  {u"nine"_s, 9},      {u"ten"_s, 10},     {u"second"_s, 2},
        {u"third"_s, 3},     {u"fourth"_s, 4}, {u"fifth"_s, 5},     {u"sixth"_s, 6},    {u"hundred"_s, 100},
        {u"January"_s, 1},   {u"Jan"_s, 1},    {u"February"_s, 2},  {u"Feb"_s, 2},      {u"March"_s, 3},
        {u"Mar"_s, 3},       {u"April"_s, 4},  {u"Apr"_s, 4},       {u"May"_s, 5},      {u"June"_s, 6},
        {u"Jun"_s, 6},       {u"July"_s, 7},   {u"Jul"_s, 7},       {u"August"_s, 8},   {u"Aug"_s, 8},
        {u"September"_s, 9}, {u"Sep"_s, 9},    {u"Sept"_s, 9},      {u"October"_s, 10}, {u"Oct"_s, 10},
        {u"November"_s, 11}, {u"Nov"_s, 11},   {u"December"_s, 12}, {u"Dec"_s, 12},
    };
    return words;
}

int chineseDigit(QChar c)
{
    static const QString digits = u"零一二三四五六七八九"_s;
    if (c == u'两')
        return 2;
    return int(digits.indexOf(c));
}

} // namespace

QStringList articleSourceIds()
{
    QStringList ids;
    for (const Article &a : articles)
        ids << QString::fromUtf16(a.source);
    return ids;
}

QStringList articleParagraphs(QStringView sourceId)
{
    for (const Article &a : articles) {
        if (sourceId != QStringView(a.source))
            continue;
        QFile f(QStringLiteral(AT_TEST_DATA "/articles/") + QLatin1StringView(a.file));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        QStringList lines;
        for (const QString &line : QString::fromUtf8(f.readAll()).split(u'\n')) {
            if (!line.trimmed().isEmpty())
                lines << line;
        }
        return lines;
    }
    return {};
}

QList<double> writtenNumbers(QStringView text)
{
    QList<double> out;
    // Thousands separators ("1,000") belong to the number; a comma after a number ends it.
    static const QRegularExpression separator(u"(?<=\\d),(?=\\d{3}(?!\\d))"_s);
    const QString plain = text.toString().replace(separator, QString());

    static const QRegularExpression digits(
        u"(\\d+(?:\\.\\d+)?)(?:\\s*(millions|million|mn|billions|billion|bn|m|亿|万)(?![A-Za-z]))?"_s);
    for (auto it = digits.globalMatch(plain); it.hasNext();) {
        const auto m = it.next();
        out << m.capturedView(1).toDouble() * scale(m.capturedView(2));
    }

    // Month names are proper nouns: capitalised only, so that the verb "may" is no month.
    static const QRegularExpression word(u"[A-Za-z]+"_s);
    for (auto it = word.globalMatch(plain); it.hasNext();) {
        const QString w = it.next().captured();
        if (const auto found = englishWords().constFind(w); found != englishWords().cend())
            out << *found;
        else if (const auto lower = englishWords().constFind(w.toLower()); lower != englishWords().cend())
            out << *lower; // a number word starting a sentence ("Three")
    }

    // Chinese numerals count only before a measure word; "十" makes tens ("十八" 18), and a run without
    // it is several numbers ("两三个月": 2 and 3).
    static const QRegularExpression chinese(u"([二两三四五六七八九十]+)(?=[个年月日位种家项季款条名])"_s);
    for (auto it = chinese.globalMatch(plain); it.hasNext();) {
        const QString run = it.next().captured(1);
        const qsizetype ten = run.indexOf(u'十');
        if (ten < 0) {
            for (QChar c : run)
                out << chineseDigit(c);
        } else {
            const int tens = ten == 0 ? 1 : chineseDigit(run[ten - 1]);
            const int units = ten + 1 < run.size() ? chineseDigit(run[ten + 1]) : 0;
            out << tens * 10 + units;
        }
    }
    return out;
}

QList<double> numbersNotIn(const QStringList &texts, const QList<double> &values,
                           const QStringList &paragraphs)
{
    QList<double> written;
    for (const QString &p : paragraphs)
        written << writtenNumbers(p);
    auto isWritten = [&](double v) {
        return std::any_of(written.cbegin(), written.cend(),
                           [v](double w) { return std::abs(w - v) <= 1e-9 * std::max(1.0, std::abs(v)); });
    };
    QList<double> missing;
    QList<double> wanted = values;
    for (const QString &t : texts)
        wanted << writtenNumbers(t);
    for (double v : wanted) {
        if (!isWritten(v) && !missing.contains(v))
            missing << v;
    }
    return missing;
}

} // namespace at::test
