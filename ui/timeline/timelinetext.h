// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include <QLocale>
#include <QString>

namespace at {

class Dataset;

// The words the timeline says about events: tooltips and the accessible name and description. Plain text;
// the widget escapes it (Qt::convertFromPlainText) before Qt can take it for rich text.
namespace timelinetext {

// Title, date, parties, kind and status, source citation and the number of annotations, one per line.
QString eventTooltip(const Dataset &d, int event, const QLocale &locale, int annotations = 0);
QString eventAccessibleName(const Dataset &d, int event);
// "alliance, confirmed; 14 Jun 2011; parties: Sina Corp, Sina Weibo, China Unicom; source: ..., ¶6"
QString eventAccessibleDescription(const Dataset &d, int event, const QLocale &locale);
// "12 events, 3 Mar 2011 – 9 Apr 2011\nClick or zoom in to see them"
QString clusterTooltip(int count, double from, double to, const QLocale &locale);
// A time as a date for people: "14 Jun 2011" / "2011年6月14日".
QString dateText(double julianDay, const QLocale &locale);

} // namespace timelinetext
} // namespace at
