// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "ui/exportviews/viewexports.h"

#include "app/core/dataset.h"
#include "app/core/document.h"
#include "app/core/filterscope.h"
#include "app/core/sourcenotes.h"
#include "app/core/viewtables.h"
#include "ui/charts/marketsharechart.h"
#include "ui/charts/timemarkers.h"
#include "ui/charts/usercountchart.h"
#include "ui/export/exportmetrics.h"
#include "ui/timeline/timelineview.h"

#include <QFileInfo>
#include <QPainter>

namespace at {
namespace {

// A heading across the top; returns the height it took.
int drawHeading(QPainter &painter, const QRect &area, const QString &text, const QFont &base,
                const QColor &color)
{
    if (text.isEmpty())
        return 0;
    painter.setFont(exportHeadingFont(base));
    painter.setPen(color);
    const QRect box = painter.boundingRect(area, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, text);
    painter.drawText(area, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, text);
    return box.height();
}

// A chart draws its own title; a different title the user asked for goes above it. Returns what is left
// of the picture for the chart.
QRect chartArea(QPainter &painter, const QSize &size, const QString &title, const QString &ownTitle,
                const QWidget &chart)
{
    QRect area(QPoint(0, 0), size);
    if (title.isEmpty() || title == ownTitle)
        return area;
    const int margin = exportMargin(size);
    painter.save();
    const int h = drawHeading(painter, area.marginsRemoved(QMargins(margin, margin, margin, 0)), title,
                              chart.font(), chart.palette().color(QPalette::WindowText));
    painter.restore();
    area.setTop(margin + h);
    return area;
}

} // namespace

QString TimelineExport::defaultTitle(const QLocale &) const
{
    return tr("Platform alliances and events");
}

TimelineExport::Layout TimelineExport::layout(const QSize &size, const ExportRequest &request) const
{
    Layout l;
    l.from = request.to > request.from ? request.from : m_view->visibleFrom();
    l.to = request.to > request.from ? request.to : m_view->visibleTo();
    const int margin = exportMargin(size);
    QRect area = QRect(QPoint(0, 0), size).marginsRemoved(QMargins(margin, margin, margin, margin));
    l.title = request.title.isEmpty() ? defaultTitle(request.locale) : request.title;
    l.titleFont = exportHeadingFont(m_view->font());
    const int flags = Qt::AlignLeft | Qt::TextWordWrap;
    l.titleBox = QFontMetrics(l.titleFont).boundingRect(area, flags | Qt::AlignTop, l.title);
    area.setTop(l.titleBox.bottom() + 1 + margin);
    if (request.footnote) {
        // The sources of the events in the range that pass the view's filter; a date known only to its week,
        // month, quarter or year is in it wherever its bracket reaches into it, even in a row too crowded to
        // draw that bracket without its marker (the timeline's planner draws a few a row).
        const Dataset &d = m_document->dataset();
        CitedParagraphs cited;
        for (const Event &e : d.events) {
            const bool bracket = !e.isRanged() && e.start.precision != Precision::Day;
            const double first = bracket ? e.start.first - 0.5 : e.time();
            const double last = bracket ? e.start.last() + 0.5 : e.endTime();
            if (last >= l.from && first <= l.to && m_view->filter().accepts(d, e))
                addCitations(cited, d.citationsOf(e));
        }
        l.note = footnote(cited, area, size, request.locale);
        l.noteBox = QFontMetrics(m_view->font()).boundingRect(area, flags | Qt::AlignBottom, l.note);
        area.setBottom(l.noteBox.top() - 1 - margin);
    }
    // The annotations it shows: numbered at their places, their text listed above the sources.
    l.annotations = m_view->pictureAnnotations(request.annotations, l.from, l.to);
    l.notes = AnnotationNotes::layout(l.annotations.notes, m_view->font(), area.width(),
                                      AnnotationNotes::room(size, m_view->font()), request.locale);
    if (!l.notes.isEmpty()) {
        l.notesBox = QRect(area.left(), area.bottom() + 1 - l.notes.height(), area.width(), l.notes.height());
        area.setBottom(l.notesBox.top() - 1 - margin);
    }
    l.timeline = area;
    return l;
}

QString TimelineExport::footnote(const CitedParagraphs &cited, const QRect &area, const QSize &size,
                                 const QLocale &locale) const
{
    // A picture has no panel to point to: it lists its sources, wrapped, in at most a sixth of its height
    // (and never fewer than three lines); then with titles shortened; then, when even that does not fit (a
    // merged or synthetic dataset can cite thousands), it counts them and says where the list is.
    const Dataset &d = m_document->dataset();
    const QFontMetrics metrics(m_view->font());
    const int room = std::max(3 * metrics.lineSpacing(), size.height() / 6);
    auto fits = [&](const QString &text) {
        return metrics.boundingRect(area, Qt::AlignLeft | Qt::AlignBottom | Qt::TextWordWrap, text)
                   .height() <= room;
    };
    if (auto note = fittingSourcesFootnote(d, cited, locale, fits))
        return *note;
    const QString origin = m_document->origin();
    return tr("Sources: %1 articles, cited by the events shown; the dataset (%2) lists them, and so does "
              "this "
              "view's CSV export (its source_title column).")
        .arg(locale.toString(cited.size()),
             QFileInfo::exists(origin) ? QFileInfo(origin).fileName() : origin);
}

void TimelineExport::render(QPainter &painter, const QSize &size, const ExportRequest &request) const
{
    const Layout l = layout(size, request);
    const QPalette palette = m_view->palette();
    painter.save();
    painter.setFont(l.titleFont);
    painter.setPen(palette.color(QPalette::WindowText));
    painter.drawText(l.titleBox, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, l.title);
    if (!l.note.isEmpty()) {
        painter.setFont(m_view->font());
        painter.setPen(palette.color(QPalette::PlaceholderText));
        painter.drawText(l.noteBox, Qt::AlignLeft | Qt::AlignBottom | Qt::TextWordWrap, l.note);
    }
    l.notes.draw(painter, l.notesBox.topLeft(), palette.color(QPalette::WindowText));
    painter.restore();
    m_view->renderAllLanes(painter, l.timeline, l.from, l.to, request.legend, request.cursor,
                           &l.annotations.marks);
}

DataTable TimelineExport::table(const ExportRequest &request) const
{
    const Dataset &d = m_document->dataset();
    const FilterScope scope(d, m_view->filter());
    // The events the picture draws: in its time range (the request's, else the one on screen).
    const bool ranged = request.to > request.from;
    return timelineTable(
        d, scope, {ranged ? request.from : m_view->visibleFrom(), ranged ? request.to : m_view->visibleTo()});
}

QString UserCountExport::defaultTitle(const QLocale &) const
{
    return tr("User counts over time");
}

void UserCountExport::render(QPainter &painter, const QSize &size, const ExportRequest &request) const
{
    QRect area = chartArea(painter, size, request.title, defaultTitle(request.locale), *m_chart);
    // The chart shows the request's range for the picture only, then goes back to what the user sees.
    const QCPRange shown = m_chart->xAxis->range();
    if (request.to > request.from)
        m_chart->xAxis->setRange(request.from, request.to);
    // The annotations it shows: numbered at their places, their text listed under the chart.
    const QCPRange range = m_chart->xAxis->range();
    const UserCountChart::PictureAnnotations annotations =
        m_chart->pictureAnnotations(request.annotations, range.lower, range.upper);
    const int margin = exportMargin(size);
    const AnnotationNotes notes =
        AnnotationNotes::layout(annotations.notes, m_chart->font(), area.width() - 2 * margin,
                                AnnotationNotes::room(size, m_chart->font()), request.locale);
    if (!notes.isEmpty()) {
        const QPoint at(area.left() + margin, area.bottom() + 1 - margin - notes.height());
        notes.draw(painter, at, m_chart->palette().color(QPalette::WindowText));
        area.setBottom(at.y() - 1 - margin);
    }
    m_chart->setPictureAnnotations(&annotations.marks);
    // The time cursor only when the request asks for it.
    TimeCursor *cursor = m_chart->timeCursor();
    const double cursorTime = cursor->time();
    const bool cursorVisible = cursor->visible();
    cursor->setVisible(request.cursor.has_value());
    if (request.cursor)
        cursor->setTime(*request.cursor);
    m_chart->waitForExactIndex();
    m_chart->renderTo(&painter, area, {request.legend, request.footnote});
    m_chart->setPictureAnnotations(nullptr);
    cursor->setTime(cursorTime);
    cursor->setVisible(cursorVisible);
    m_chart->xAxis->setRange(shown);
}

DataTable UserCountExport::table(const ExportRequest &request) const
{
    // The figures the picture draws: the series drawn, in its time range.
    const QCPRange range =
        request.to > request.from ? QCPRange(request.from, request.to) : m_chart->xAxis->range();
    return userCountTable(*m_chart->dataset(), m_chart->drawnSeries(), {range.lower, range.upper});
}

QString MarketShareExport::defaultTitle(const QLocale &) const
{
    return m_chart->titleText();
}

DataTable MarketShareExport::table(const ExportRequest &) const
{
    return marketShareTable(*m_chart->dataset(), m_chart->filterScope(), m_chart->sector(),
                            m_chart->currentMarket());
}

void MarketShareExport::render(QPainter &painter, const QSize &size, const ExportRequest &request) const
{
    m_chart->renderTo(&painter, chartArea(painter, size, request.title, m_chart->titleText(), *m_chart),
                      {request.legend, request.footnote});
}

} // namespace at
