// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "ui/network/networkexport.h"

#include "app/core/sourcenotes.h"
#include "app/core/viewtables.h"
#include "ui/export/exportmetrics.h"
#include "ui/network/networklegend.h"
#include "ui/network/networkrenderer.h"
#include "ui/network/networktext.h"
#include "ui/network/networkview.h"

#include <QFontMetrics>
#include <QPainter>

namespace at {
namespace {

NetworkLegend legendFor(const NetworkView &view)
{
    NetworkLegend legend = NetworkLegend::of(view.dataset(), view.data()->graph);
    legend.palette = view.palette();
    legend.font = view.font();
    legend.metric = view.sizeMetric();
    return legend;
}

} // namespace

QString NetworkExport::defaultTitle(const QLocale &) const
{
    return tr("Alliance network");
}

double NetworkExport::momentOf(const ExportRequest &request) const
{
    return request.cursor.value_or(m_view->currentTime());
}

DataTable NetworkExport::table(const ExportRequest &request) const
{
    const auto data = m_view->data();
    if (!data)
        return networkTable(m_view->dataset(), NetworkGraph(), {}, momentOf(request));
    const double t = momentOf(request);
    const std::vector<DrawnEdge> inForce =
        edgesInForceAt(m_view->dataset(), data->graph, m_view->kept().edges, t);
    return networkTable(m_view->dataset(), data->graph, inForce, t);
}

NetworkExport::Layout NetworkExport::layout(const QSize &size, const ExportRequest &request) const
{
    const double t = momentOf(request);
    Layout l;
    const int margin = exportMargin(size);
    QRect area = QRect(QPoint(0, 0), size).marginsRemoved(QMargins(margin, margin, margin, margin));
    // The date belongs to the title: a picture of the network means nothing without it.
    const QString title = request.title.isEmpty() ? defaultTitle(request.locale) : request.title;
    l.title = title + u'\n' + networktext::asOf(t, request.locale);
    const int flags = Qt::AlignLeft | Qt::TextWordWrap;
    l.titleBox =
        QFontMetrics(exportHeadingFont(m_view->font())).boundingRect(area, flags | Qt::AlignTop, l.title);
    area.setTop(l.titleBox.bottom() + 1 + margin);
    const auto data = m_view->data();
    if (request.footnote && data) {
        // The sources of the lines drawn: kept by the filter and begun by the date.
        const Dataset &d = m_view->dataset();
        CitedParagraphs cited;
        std::vector<DrawnEdge> drawn;
        edgesAt(d, data->graph, m_view->kept().edges, t, &drawn);
        for (const DrawnEdge &e : drawn) {
            const Event &ev = d.events[data->graph.edges()[e.edge].event];
            addCitations(cited, d.citationsOf(ev));
        }
        constexpr qsizetype listedSources = 8;
        l.note = cited.isEmpty() ? QString()
                 : cited.size() <= listedSources
                     ? sourcesFootnote(d, cited, request.locale)
                     : tr("Sources: %1 articles; the network's CSV export lists the "
                          "source of every line.")
                           .arg(request.locale.toString(cited.size()));
        if (!l.note.isEmpty()) {
            l.noteBox = QFontMetrics(m_view->font()).boundingRect(area, flags | Qt::AlignBottom, l.note);
            area.setBottom(l.noteBox.top() - 1 - margin);
        }
    }
    if (request.legend && data) {
        const NetworkLegend legend = legendFor(*m_view);
        const int h = int(std::ceil(legend.height(area.width())));
        l.legendBox = QRect(area.left(), area.bottom() - h + 1, area.width(), h);
        area.setBottom(l.legendBox.top() - 1 - margin);
    }
    l.network = area;
    return l;
}

void NetworkExport::render(QPainter &painter, const QSize &size, const ExportRequest &request) const
{
    const Layout l = layout(size, request);
    const QPalette palette = m_view->palette();
    painter.save();
    painter.fillRect(QRect(QPoint(0, 0), size), palette.color(QPalette::Base));
    painter.setFont(exportHeadingFont(m_view->font()));
    painter.setPen(palette.color(QPalette::WindowText));
    painter.drawText(l.titleBox, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, l.title);
    const auto data = m_view->data();
    if (data) {
        NetworkRenderer renderer;
        renderer.setPalette(palette);
        renderer.setFont(m_view->font());
        renderer.setLocale(request.locale);
        renderer.setScene(
            {&m_view->dataset(), &data->graph, &data->layout, &m_view->kept(), &m_view->sizing()});
        renderer.paint(painter, l.network, NetworkViewport::fit(data->layout.bounds, l.network),
                       momentOf(request));
        if (!l.legendBox.isEmpty())
            legendFor(*m_view).draw(painter, l.legendBox);
    }
    if (!l.note.isEmpty()) {
        painter.setFont(m_view->font());
        painter.setPen(palette.color(QPalette::PlaceholderText));
        painter.drawText(l.noteBox, Qt::AlignLeft | Qt::AlignBottom | Qt::TextWordWrap, l.note);
    }
    painter.restore();
}

} // namespace at
