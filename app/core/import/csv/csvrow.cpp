// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "app/core/import/csv/csvrow.h"

#include "app/core/import/textutil.h"

#include <QCoreApplication>
#include <charconv>
#include <cmath>

namespace at {

namespace {

// A file-local tr() wrapper would be filed by lupdate under the enclosing class or namespace, not under
// the context it looks up; Q_DECLARE_TR_FUNCTIONS gives lupdate and the lookup the same one.
struct CsvReaderText {
    Q_DECLARE_TR_FUNCTIONS(at::CsvReader)
};

} // namespace

std::optional<CsvRow::Whole> CsvRow::whole(int f)
{
    return wholeOf(*word(f), f);
}

std::optional<CsvRow::Whole> CsvRow::wholeOf(std::string_view v, int f)
{
    long long n = 0;
    const auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), n);
    if (v.empty() || ec == std::errc::invalid_argument || end != v.data() + v.size()) {
        error(f, CsvReaderText::tr("expected a whole number, found %1").arg(text::quoted(v)));
        return std::nullopt;
    }
    Whole w;
    w.spelling = v;
    w.tooBig = ec == std::errc::result_out_of_range;
    w.negative = !w.tooBig && n < 0;
    w.magnitude = w.tooBig ? 0 : w.negative ? 0ull - quint64(n) : quint64(n);
    return w;
}

std::optional<double> CsvRow::number(int f)
{
    const std::string_view v = *word(f);
    double d = 0;
    const auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), d);
    if (v.empty() || ec == std::errc::invalid_argument || end != v.data() + v.size()) {
        error(f, CsvReaderText::tr("expected a number, found %1").arg(text::quoted(v)));
        return std::nullopt;
    }
    if (ec == std::errc::result_out_of_range) {
        error(f, CsvReaderText::tr("%1 is out of range").arg(text::fromUtf8(v)));
        return std::nullopt;
    }
    if (!std::isfinite(d)) {
        error(f, CsvReaderText::tr("is not a finite number"));
        return std::nullopt;
    }
    return d;
}

std::optional<bool> CsvRow::boolean(int f)
{
    const std::string_view v = *word(f);
    const QString lower = text::fromUtf8(v).toLower();
    if (lower == u"true")
        return true;
    if (lower == u"false")
        return false;
    error(f, CsvReaderText::tr("%1 is not true or false").arg(text::quoted(v)));
    return std::nullopt;
}

} // namespace at
