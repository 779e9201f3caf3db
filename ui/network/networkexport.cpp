// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "ui/network/networkexport.h"

#include "app/core/colors.h"
#include "app/core/dataset.h"
#include "app/core/network/networkdata.h"
#include "app/core/network/networkmoment.h"
#include "app/core/sourcenotes.h"
#include "app/core/viewtables.h"
#include "ui/export/exportmetrics.h"
#include "ui/network/networklegend.h"
#include "ui/network/networkrenderer.h"
#include "ui/network/networktext.h"
#include "ui/network/networkview.h"

#include <QFontMetrics>
#include <QPainter>
#include <algorithm>
#include <cmath>

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

// The annotations of `annotations` the network shows as of `t`, numbered in time order, with their places
// left for after the layout: an event's when one of its lines is drawn, a span's when it holds `t` and
// its company is kept by the filter.
NetworkExport::PictureAnnotations shownAnnotations(const QList<Annotation> &annotations, const Dataset &d,
                                                   const NetworkGraph &graph, const NetworkSelection &kept,
                                                   double t)
{
    std::vector<DrawnEdge> drawn;
    edgesAt(d, graph, kept.edges, t, &drawn);
    std::vector<bool> eventDrawn(d.events.size(), false);
    for (const DrawnEdge &e : drawn)
        eventDrawn[graph.edges()[e.edge].event] = true;
    std::vector<ShownAnnotation<NetworkExport::AnnotationMark>> shown;
    for (qsizetype i = 0; i < annotations.size(); ++i) {
        const AnnotationTarget &target = annotations[i].target;
        NetworkExport::AnnotationMark mark;
        if (target.kind == AnnotationTarget::Kind::Event) {
            mark.event = eventIndexOf(d, target);
            if (mark.event < 0 || !eventDrawn[size_t(mark.event)])
                continue;
        } else if (target.kind == AnnotationTarget::Kind::Span && target.isValid()) {
            mark.entity = entityIndexOf(d, target);
            if (mark.entity < 0 || t < target.rangeStart() || t >= target.rangeEnd() ||
                (!kept.keptNodes.empty() && !kept.keptNodes[size_t(mark.entity)]))
                continue;
        } else {
            continue;
        }
        shown.push_back({targetTime(d, target), i, mark});
    }
    return numberInTimeOrder(std::move(shown), annotations);
}

// The middle of the first drawn line of `event`.
QPointF lineMiddle(const NetworkRenderer &renderer, const NetworkGraph &graph, int event,
                   const NetworkViewport &viewport)
{
    const NetworkGraph::Range lines = graph.edgesOfEvent(event);
    return lines.first < lines.last ? renderer.edgeLine(int(lines.first), viewport).center() : QPointF();
}

void setUp(NetworkRenderer &renderer, const NetworkView &view, const NetworkData &data, const QLocale &locale)
{
    renderer.setPalette(view.palette());
    renderer.setFont(view.font());
    renderer.setLocale(locale);
    renderer.setScene({&view.dataset(), &data.graph, &data.layout, &view.kept(), &view.sizing()});
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
    if (data) {
        l.annotations =
            shownAnnotations(request.annotations, m_view->dataset(), data->graph, m_view->kept(), t);
        l.notes = AnnotationNotes::layout(l.annotations.notes, m_view->font(), area.width(),
                                          AnnotationNotes::room(size, m_view->font()), request.locale);
        if (!l.notes.isEmpty()) {
            l.notesBox =
                QRect(area.left(), area.bottom() + 1 - l.notes.height(), area.width(), l.notes.height());
            area.setBottom(l.notesBox.top() - 1 - margin);
        }
    }
    if (request.legend && data) {
        const NetworkLegend legend = legendFor(*m_view);
        const int h = int(std::ceil(legend.height(area.width())));
        l.legendBox = QRect(area.left(), area.bottom() - h + 1, area.width(), h);
        area.setBottom(l.legendBox.top() - 1 - margin);
    }
    l.network = area;
    if (data) {
        // The numbers' places, now that the network's area is known.
        NetworkRenderer renderer;
        setUp(renderer, *m_view, *data, request.locale);
        const NetworkViewport viewport = NetworkViewport::fit(data->layout.bounds, l.network);
        for (AnnotationMark &mark : l.annotations.marks) {
            if (mark.event >= 0) {
                mark.at = lineMiddle(renderer, data->graph, mark.event, viewport);
            } else {
                // At the disc's upper right, clear of the name under it.
                const double r = renderer.nodeRadius(mark.entity, viewport, t);
                mark.at = renderer.nodeCentre(mark.entity, viewport) + QPointF(r, -r);
            }
        }
    }
    return l;
}

std::vector<NetworkExport::NumberLabel> NetworkExport::numberLabels(const PictureAnnotations &annotations)
{
    std::vector<NumberLabel> labels;
    std::vector<std::pair<int, int>> places; // (event, entity) of each label
    for (const AnnotationMark &mark : annotations.marks) {
        if (mark.at.isNull())
            continue;
        const std::pair<int, int> place{mark.event, mark.entity};
        const auto it = std::find(places.begin(), places.end(), place);
        if (it == places.end()) {
            places.push_back(place);
            labels.push_back({mark.at, QString::number(mark.number)});
        } else {
            labels[size_t(it - places.begin())].text += QStringLiteral(", ") + QString::number(mark.number);
        }
    }
    return labels;
}

QRect NetworkExport::numberBox(const NumberLabel &label, const QFont &font)
{
    const QFontMetrics metrics(font);
    const QSize size(metrics.horizontalAdvance(label.text) + 6, metrics.height() + 2);
    return QRect(QPoint(int(std::round(label.at.x())) - size.width() / 2,
                        int(std::round(label.at.y())) - size.height() / 2),
                 size);
}

QFont NetworkExport::numberFont() const
{
    QFont font = m_view->font();
    font.setBold(true);
    return font;
}

void NetworkExport::drawNumbers(QPainter &painter, const PictureAnnotations &annotations) const
{
    // As the timeline numbers its annotations: black on amber, a box a little larger than the number.
    const QFont font = numberFont();
    painter.save();
    painter.setFont(font);
    for (const NumberLabel &label : numberLabels(annotations)) {
        const QRect box = numberBox(label, font);
        painter.fillRect(box, annotationSpanColor());
        painter.setPen(Qt::black);
        painter.drawText(box, Qt::AlignCenter, label.text);
    }
    painter.restore();
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
        setUp(renderer, *m_view, *data, request.locale);
        renderer.paint(painter, l.network, NetworkViewport::fit(data->layout.bounds, l.network),
                       momentOf(request));
        drawNumbers(painter, l.annotations);
        if (!l.legendBox.isEmpty())
            legendFor(*m_view).draw(painter, l.legendBox);
        l.notes.draw(painter, l.notesBox.topLeft(), palette.color(QPalette::WindowText));
    }
    if (!l.note.isEmpty()) {
        painter.setFont(m_view->font());
        painter.setPen(palette.color(QPalette::PlaceholderText));
        painter.drawText(l.noteBox, Qt::AlignLeft | Qt::AlignBottom | Qt::TextWordWrap, l.note);
    }
    painter.restore();
}

} // namespace at
