// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
// The five articles behind the embedded dataset (tests/data/articles/, copies of the seeds), read the way
// the dataset cites them, and the numbers a text writes, read the way a person reads them.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace at::test {

// The source ids of the embedded dataset that have an article here.
QStringList articleSourceIds();

// Paragraph N of an article is its Nth non-empty line (resources/README.md); element N - 1 here. Empty for
// a source id with no article.
QStringList articleParagraphs(QStringView sourceId);

// Every number the text writes, as a value: digits with a scale word ("600m", "600 million", "140 mn",
// "8.58 亿", "5000 万"), percentages ("18%", "18 percent": 18), English number words and ordinals from two
// up ("three", "second"), month names ("June": 6), and Chinese numerals before a measure word ("三年",
// "两三个月": 2 and 3). "one"/"first"/"一" are left out: they are mostly articles, not figures.
QList<double> writtenNumbers(QStringView text);

// The numbers of `texts` and the `values` that none of `paragraphs` writes (compared to one part in 10^9).
QList<double> numbersNotIn(const QStringList &texts, const QList<double> &values,
                           const QStringList &paragraphs);

} // namespace at::test
