// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include <QLocale>
#include <QString>

namespace at {

// Large counts the way each language says them: "858 million" / "8.58 亿", "50 million" / "5000 万".
QString formatCount(double value, const QLocale &locale);
// A value with its unit: counts as above, "$586 million" / "5.86 亿美元", "18%".
QString formatValue(double value, int unit, const QLocale &locale);

} // namespace at
