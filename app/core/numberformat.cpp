// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "app/core/numberformat.h"

#include "app/core/vocabulary.h"

#include <QCoreApplication>
#include <cmath>

namespace at {
namespace {

// Up to three significant digits, without trailing zeros and group separators: 8.58, 50, 1.2, 5000.
QString compact(double v, const QLocale &baseLocale)
{
    QLocale locale = baseLocale;
    locale.setNumberOptions(locale.numberOptions() | QLocale::OmitGroupSeparator);
    const int digitsBefore = v >= 1 ? int(std::floor(std::log10(v))) + 1 : 1;
    const int decimals = qBound(0, 3 - digitsBefore, 2);
    QString s = locale.toString(v, 'f', decimals);
    if (decimals > 0) {
        const QString point = locale.decimalPoint();
        while (s.endsWith(locale.zeroDigit()))
            s.chop(1);
        if (s.endsWith(point))
            s.chop(point.size());
    }
    return s;
}

} // namespace

QString formatCount(double value, const QLocale &locale)
{
    const double v = std::abs(value);
    if (locale.language() == QLocale::Chinese) {
        if (v >= 1e8)
            return compact(value / 1e8, locale) + QStringLiteral(" 亿");
        if (v >= 1e4)
            return compact(value / 1e4, locale) + QStringLiteral(" 万");
        return locale.toString(value, 'f', 0);
    }
    if (v >= 1e9)
        return QCoreApplication::translate("at::Numbers", "%1 billion").arg(compact(value / 1e9, locale));
    if (v >= 1e6)
        return QCoreApplication::translate("at::Numbers", "%1 million").arg(compact(value / 1e6, locale));
    return locale.toString(value, 'f', 0);
}

QString formatValue(double value, int unit, const QLocale &locale)
{
    switch (Unit(unit)) {
    case Unit::Count:
        return formatCount(value, locale);
    case Unit::Usd:
        if (locale.language() == QLocale::Chinese)
            return formatCount(value, locale) + QStringLiteral("美元");
        return u'$' + formatCount(value, locale);
    case Unit::Percent:
        return compact(value, locale) + u'%';
    }
    return {};
}

} // namespace at
