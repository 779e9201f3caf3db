// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "ui/network/networkview.h"

#include "app/core/document.h"
#include "app/core/timeextent.h"
#include "app/core/viewstate.h"
#include "ui/network/layoutrunner.h"
#include "ui/network/networkcanvas.h"
#include "ui/network/playcontrol.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace at {

NetworkView::NetworkView(const Document *document, ViewState *state, QWidget *parent)
    : QWidget(parent), m_document(document), m_state(state), m_runner(new LayoutRunner(this))
{
    m_play = new PlayControl(state, this);
    m_metricLabel = new QLabel(this);
    m_metricBox = new QComboBox(this);
    m_metricBox->setObjectName(QStringLiteral("networkMetric"));
    m_metricLabel->setBuddy(m_metricBox);
    m_legend = new QToolButton(this);
    m_legend->setObjectName(QStringLiteral("networkLegend"));
    m_legend->setCheckable(true);
    m_legend->setAutoRaise(true);
    m_fit = new QToolButton(this);
    m_fit->setObjectName(QStringLiteral("networkFit"));
    m_fit->setAutoRaise(true);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(4, 2, 4, 2);
    bar->addWidget(m_play, 1);
    bar->addSpacing(8);
    bar->addWidget(m_metricLabel);
    bar->addWidget(m_metricBox);
    bar->addWidget(m_legend);
    bar->addWidget(m_fit);

    m_canvas = new NetworkCanvas(state, this);
    m_canvas->setObjectName(QStringLiteral("networkCanvas"));
    auto *waiting = new QWidget(this);
    m_progressText = new QLabel(waiting);
    m_progressText->setTextFormat(Qt::PlainText);
    m_progressText->setAlignment(Qt::AlignCenter);
    m_progressText->setWordWrap(true);
    m_progress = new QProgressBar(waiting);
    m_progress->setRange(0, 100);
    m_cancel = new QPushButton(waiting);
    m_retry = new QPushButton(waiting);
    auto *waitingLayout = new QVBoxLayout(waiting);
    waitingLayout->addStretch();
    waitingLayout->addWidget(m_progressText);
    waitingLayout->addWidget(m_progress);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_retry);
    buttons->addStretch();
    waitingLayout->addLayout(buttons);
    waitingLayout->addStretch();
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_canvas);
    m_pages->addWidget(waiting);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_pages, 1);
    retranslate();

    connect(m_metricBox, &QComboBox::activated, this, [this](int index) {
        const QVariant v = m_metricBox->itemData(index);
        setSizeMetric(v.isValid() ? std::optional<Metric>(Metric(v.toInt())) : std::nullopt);
    });
    connect(m_legend, &QToolButton::toggled, m_canvas, &NetworkCanvas::setLegendVisible);
    connect(m_fit, &QToolButton::clicked, m_canvas, &NetworkCanvas::fit);
    connect(m_cancel, &QPushButton::clicked, m_runner, &LayoutRunner::cancel);
    connect(m_retry, &QPushButton::clicked, this, &NetworkView::datasetReplaced);
    connect(m_runner, &LayoutRunner::progress, m_progress, &QProgressBar::setValue);
    connect(m_runner, &LayoutRunner::finished, this, &NetworkView::layoutFinished);
    connect(document, &Document::replaced, this, &NetworkView::datasetReplaced);
    connect(state, &ViewState::filterChanged, this, &NetworkView::updateScene);
    datasetReplaced();
}

NetworkView::~NetworkView() = default;

const Dataset &NetworkView::dataset() const
{
    return *m_dataset;
}

double NetworkView::currentTime() const
{
    return m_state->currentTime();
}

void NetworkView::setLocale(const QLocale &locale)
{
    m_locale = locale;
    QWidget::setLocale(locale);
    m_canvas->setLocale(locale);
    retranslate();
}

void NetworkView::setSizeMetric(std::optional<Metric> metric)
{
    m_sizing = metric && m_dataset ? NodeSizing(*m_dataset, *metric) : NodeSizing();
    const int index = metric ? m_metricBox->findData(int(*metric)) : 0;
    m_metricBox->setCurrentIndex(std::max(0, index));
    updateScene();
}

void NetworkView::waitForLayout()
{
    m_runner->waitForFinished();
}

void NetworkView::datasetReplaced()
{
    m_dataset = m_document->sharedDataset();
    m_data.reset();
    m_kept = {};
    const std::optional<Metric> metric = m_sizing.metric();
    fillMetricBox();
    // The chosen metric stays if the new data has figures of it.
    const bool keep = metric && sizeMetrics(*m_dataset).contains(*metric);
    m_sizing = keep ? NodeSizing(*m_dataset, *metric) : NodeSizing();
    m_metricBox->setCurrentIndex(keep ? m_metricBox->findData(int(*metric)) : 0);
    const TimeExtent extent = timeExtent(*m_dataset);
    m_play->setSpan(extent.from, extent.to);
    m_canvas->setScene({});
    m_progress->setValue(0);
    m_progressText->setText(tr("Laying out the network of %1 companies and %2 events…")
                                .arg(m_locale.toString(qsizetype(m_dataset->entities.size())),
                                     m_locale.toString(qulonglong(m_dataset->events.size()))));
    m_cancel->setVisible(true);
    m_retry->setVisible(false);
    m_progress->setVisible(true);
    m_pages->setCurrentIndex(1);
    m_runner->start(m_dataset);
}

void NetworkView::layoutFinished()
{
    if (m_runner->dataset() != m_dataset)
        return;
    m_data = m_runner->result();
    if (!m_data) {
        m_progressText->setText(tr("The network was not laid out. Lay it out when you are ready; it takes a "
                                   "few seconds for a big dataset."));
        m_progress->setVisible(false);
        m_cancel->setVisible(false);
        m_retry->setVisible(true);
        return;
    }
    m_pages->setCurrentIndex(0);
    updateScene();
}

void NetworkView::updateScene()
{
    if (!m_data || !m_dataset) {
        m_canvas->setScene({});
        return;
    }
    m_kept = selectEdges(m_data->graph, *m_state->scope(m_dataset));
    m_canvas->setScene({m_dataset.get(), &m_data->graph, &m_data->layout, &m_kept, &m_sizing});
}

void NetworkView::fillMetricBox()
{
    m_metricBox->clear();
    m_metricBox->addItem(tr("Same size"));
    if (!m_dataset)
        return;
    for (const Metric m : sizeMetrics(*m_dataset))
        m_metricBox->addItem(displayName(m), int(m));
}

void NetworkView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void NetworkView::retranslate()
{
    m_metricLabel->setText(tr("&Size:"));
    m_metricBox->setToolTip(tr("Disc area follows this figure as of the time cursor; one metric at a time"));
    m_metricBox->setAccessibleName(tr("Size companies by"));
    if (m_metricBox->count() > 0)
        m_metricBox->setItemText(0, tr("Same size"));
    m_legend->setText(tr("Legend"));
    m_legend->setToolTip(tr("Show what the colours, lines and sizes mean"));
    m_fit->setText(tr("Fit"));
    m_fit->setToolTip(tr("Show the whole network (0)"));
    m_cancel->setText(tr("Cancel"));
    m_retry->setText(tr("Lay out"));
}

} // namespace at
