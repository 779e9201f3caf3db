#include "viewexports.h"

#include "charts/marketsharechart.h"
#include "charts/usercountchart.h"
#include "dataset.h"
#include "document.h"
#include "sourcenotes.h"
#include "timeline/timelineview.h"

#include <QPainter>

namespace at {
namespace {

// Room around the picture and between its parts, growing a little with the picture.
int marginFor(const QSize &size)
{
    return qBound(8, qMin(size.width(), size.height()) / 90, 24);
}

// A heading across the top in the view's font, larger and bold; returns the height it took.
int drawHeading(QPainter &painter, const QRect &area, const QString &text, const QFont &base,
                const QColor &color)
{
    if (text.isEmpty())
        return 0;
    QFont font = base;
    font.setPixelSize(qMax(14, qRound(QFontInfo(base).pixelSize() * 1.5)));
    font.setBold(true);
    painter.setFont(font);
    painter.setPen(color);
    const QRect box = painter.boundingRect(area, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, text);
    painter.drawText(area, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, text);
    return box.height();
}

} // namespace

QString TimelineExport::defaultTitle(const QLocale &) const
{
    return tr("Platform alliances and events");
}

void TimelineExport::render(QPainter &painter, const QSize &size, const ExportRequest &request) const
{
    const double from = request.to > request.from ? request.from : m_view->visibleFrom();
    const double to = request.to > request.from ? request.to : m_view->visibleTo();
    const QPalette palette = m_view->palette();
    const int margin = marginFor(size);
    QRect area(QPoint(0, 0), size);
    area = area.marginsRemoved(QMargins(margin, margin, margin, margin));
    painter.save();
    const QString title = request.title.isEmpty() ? defaultTitle(request.locale) : request.title;
    const int titleHeight =
        drawHeading(painter, area, title, m_view->font(), palette.color(QPalette::WindowText));
    area.setTop(area.top() + titleHeight + (titleHeight ? margin : 0));

    if (request.footnote) {
        // The sources of the events drawn: those in the range that pass the view's filter.
        const Dataset &d = m_document->dataset();
        CitedParagraphs cited;
        for (const Event &e : d.events) {
            if (e.endTime() >= from && e.time() <= to && m_view->filter().accepts(d, e))
                addCitation(cited, e.source, e.paragraph);
        }
        const QString note = sourcesFootnote(d, cited, request.locale);
        QFont font = m_view->font();
        painter.setFont(font);
        painter.setPen(palette.color(QPalette::PlaceholderText));
        const QRect box =
            painter.boundingRect(area, Qt::AlignLeft | Qt::AlignBottom | Qt::TextWordWrap, note);
        painter.drawText(area, Qt::AlignLeft | Qt::AlignBottom | Qt::TextWordWrap, note);
        area.setBottom(area.bottom() - box.height() - margin);
    }
    painter.restore();
    m_view->renderAllLanes(painter, area, from, to);
}

QString UserCountExport::defaultTitle(const QLocale &) const
{
    return tr("User counts over time");
}

void UserCountExport::render(QPainter &painter, const QSize &size, const ExportRequest &request) const
{
    QRect area(QPoint(0, 0), size);
    if (!request.title.isEmpty()) {
        const int margin = marginFor(size);
        painter.save();
        const QRect inner = area.marginsRemoved(QMargins(margin, margin, margin, 0));
        const int h = drawHeading(painter, inner, request.title, m_chart->font(),
                                  m_chart->palette().color(QPalette::WindowText));
        painter.restore();
        area.setTop(margin + h);
    }
    // The chart shows the request's range for the picture only, then goes back to what the user sees.
    const QCPRange shown = m_chart->xAxis->range();
    if (request.to > request.from)
        m_chart->xAxis->setRange(request.from, request.to);
    m_chart->waitForExactIndex();
    m_chart->renderTo(&painter, area);
    m_chart->xAxis->setRange(shown);
}

QString MarketShareExport::name() const
{
    return m_chart->sector() == Sector::Microblog ? QStringLiteral("microblog-share")
                                                  : QStringLiteral("im-share");
}

QString MarketShareExport::defaultTitle(const QLocale &) const
{
    return m_chart->titleText();
}

void MarketShareExport::render(QPainter &painter, const QSize &size, const ExportRequest &request) const
{
    QRect area(QPoint(0, 0), size);
    if (!request.title.isEmpty() && request.title != m_chart->titleText()) {
        const int margin = marginFor(size);
        painter.save();
        const QRect inner = area.marginsRemoved(QMargins(margin, margin, margin, 0));
        const int h = drawHeading(painter, inner, request.title, m_chart->font(),
                                  m_chart->palette().color(QPalette::WindowText));
        painter.restore();
        area.setTop(margin + h);
    }
    m_chart->renderTo(&painter, area);
}

} // namespace at
