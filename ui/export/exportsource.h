// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "app/core/annotations/annotation.h"
#include "app/core/datatable.h"

#include <QLocale>
#include <QSize>
#include <QString>
#include <optional>

class QPainter;

namespace at {

// What the user asked for: the image's size in pixels, a scale for high-DPI (text and lines grow, the
// layout keeps its proportions), and what to include.
struct ExportRequest {
    QSize size{1920, 1080};
    qreal scale = 1.0;
    QString title; // empty: the view's own title
    bool legend = true;
    bool footnote = true; // the sources the picture rests on
    double from = 0;      // time range (Julian days) for views that have one; 0: the view's current range
    double to = 0;
    QLocale locale;
    bool dark = false;
    // The time cursor (Julian day), drawn only when set: a picture is not a screenshot.
    std::optional<double> cursor;
    // The annotations the picture may carry (already chosen: all, none, by tag or author). Those it shows
    // are drawn numbered at their places, with their text in notes under the picture.
    QList<Annotation> annotations;
};

// Something that can draw itself for export at any size: not a screenshot of a widget, but a fresh
// layout at the requested size. Each view provides one; its name is the view registry's. render() runs on
// the GUI thread.
class ExportSource {
public:
    virtual ~ExportSource() = default;
    virtual QString defaultTitle(const QLocale &locale) const = 0;
    // Paints the whole picture (title, content, legend, footnote) into `size` logical pixels.
    virtual void render(QPainter &painter, const QSize &size, const ExportRequest &request) const = 0;
    // What the picture shows, as a table (the CSV export): the same records, filter and time range.
    virtual DataTable table(const ExportRequest &request) const = 0;
};

} // namespace at
