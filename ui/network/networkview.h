// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "app/core/network/networkdata.h"
#include "app/core/network/networkmoment.h"
#include "app/core/network/nodesizing.h"

#include <QLocale>
#include <QWidget>
#include <memory>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QToolButton;

namespace at {

class Document;
class LayoutRunner;
class NetworkCanvas;
class PlayControl;
class ViewState;

// The alliance network as of the time cursor: who is allied with whom, when. Companies are discs coloured
// by sector, inside their parent's circle; events with two or more parties are lines by kind. A toolbar
// plays the cursor through time, chooses a metric for the discs' size, and shows the legend. The layout is
// computed once per dataset (on a worker thread with progress and Cancel when the network is big), so
// nothing moves while the cursor does. The shared filter (ViewState::filter()) keeps the lines of the events
// it keeps; the companies it leaves out are drawn faint unless a kept line ends at them.
class NetworkView : public QWidget {
    Q_OBJECT
public:
    NetworkView(const Document *document, ViewState *state, QWidget *parent = nullptr);
    ~NetworkView() override;

    void setLocale(const QLocale &locale);
    QLocale locale() const { return m_locale; }
    // Discs sized by this metric as of the cursor; nullopt: all the same size.
    void setSizeMetric(std::optional<Metric> metric);
    std::optional<Metric> sizeMetric() const { return m_sizing.metric(); }

    // The network, once laid out (null before, while a big one is being laid out, or after a Cancel).
    std::shared_ptr<const NetworkData> data() const { return m_data; }
    const NetworkSelection &kept() const { return m_kept; }
    const NodeSizing &sizing() const { return m_sizing; }
    const Dataset &dataset() const;
    double currentTime() const;
    // Waits for a layout running on a worker thread (the command line, tests).
    void waitForLayout();

    NetworkCanvas *canvas() const { return m_canvas; }
    PlayControl *playControl() const { return m_play; }
    QComboBox *metricBox() const { return m_metricBox; }
    QToolButton *legendButton() const { return m_legend; }
    LayoutRunner *layoutRunner() const { return m_runner; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void datasetReplaced();
    void layoutFinished();
    void updateScene();
    void fillMetricBox();
    void retranslate();

    const Document *m_document;
    ViewState *m_state;
    QLocale m_locale;
    std::shared_ptr<const Dataset> m_dataset;
    std::shared_ptr<const NetworkData> m_data;
    NetworkSelection m_kept;
    NodeSizing m_sizing;

    LayoutRunner *m_runner;
    PlayControl *m_play;
    QComboBox *m_metricBox;
    QLabel *m_metricLabel;
    QToolButton *m_legend;
    QToolButton *m_fit;
    QStackedWidget *m_pages;
    NetworkCanvas *m_canvas;
    QLabel *m_progressText;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QPushButton *m_retry;
};

} // namespace at
