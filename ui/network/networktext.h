// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "app/core/network/networkmoment.h"
#include "app/core/network/nodesizing.h"

#include <QLocale>
#include <QString>

// What the network view says in words: tooltips (plain text, one fact a line) and accessible names.
namespace at::networktext {

// "As of 2 Jul 2013".
QString asOf(double julianDay, const QLocale &locale);
// Where a line stands: "In force", "Date uncertain: may have begun (2013)", "Over since 14 Jun 2011".
QString phase(const Event &event, double julianDay, const QLocale &locale);

// The company: name, sector, family, its figure of the chosen metric as of then (or that there is none),
// and how many of its lines are in force, uncertain and over.
QString nodeToolTip(const Dataset &dataset, const NetworkGraph &graph, const NetworkSelection &kept,
                    const NodeSizing *sizing, int entity, double julianDay, const QLocale &locale);
// The line: the two companies, the event's title, kind and status, dates, where it stands, its source.
QString edgeToolTip(const Dataset &dataset, const NetworkGraph &graph, int edge, double julianDay,
                    const QLocale &locale);

// For assistive technology: the company or line in one sentence.
QString nodeAccessibleName(const Dataset &dataset, int entity, const QLocale &locale);
QString edgeAccessibleName(const Dataset &dataset, const NetworkGraph &graph, int edge, double julianDay,
                           const QLocale &locale);

} // namespace at::networktext
