// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include <QImage>
#include <QLocale>
#include <QWidget>
#include <utility>
#include <vector>

namespace at {

class EventIndex;

// The arithmetic of the overview strip: the whole time range across its width, the visible window as a
// handle. Dragging the window moves it, dragging an edge resizes it, a press outside centres it there.
struct OverviewGeometry {
    double boundFrom = 0;
    double boundTo = 1;
    double x0 = 0;
    double width = 1;

    enum class Part { None, Window, LeftEdge, RightEdge, Outside };

    double toX(double t) const { return x0 + (t - boundFrom) / (boundTo - boundFrom) * width; }
    double toTime(double x) const { return boundFrom + (x - x0) / width * (boundTo - boundFrom); }
    Part partAt(double x, double from, double to) const;
    // The range after dragging `part` from pressX to x when the range was [from, to] at the press. Stays
    // within the bounds and at least minSpan long.
    std::pair<double, double> drag(Part part, double pressX, double x, double from, double to,
                                   double minSpan) const;
};

// The strip under the timeline: where the events are over the whole range, and the visible window.
class OverviewStrip : public QWidget {
    Q_OBJECT
public:
    explicit OverviewStrip(QWidget *parent = nullptr);

    void setIndex(const EventIndex *index); // recounts; call again when the index changes
    void setBounds(double from, double to, double minSpan);
    void setVisibleRange(double from, double to);
    void setCurrentTime(double time);
    void setLeftMargin(int pixels); // the gutter: the strip's scale starts right of it
    void setLocale(const QLocale &locale);
    const OverviewGeometry &geometry() const { return m_geometry; }
    QSize sizeHint() const override;

Q_SIGNALS:
    void rangeRequested(double from, double to);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateGeometryModel();
    void recount();
    void renderHistogram();

    const EventIndex *m_index = nullptr;
    OverviewGeometry m_geometry;
    double m_minSpan = 1;
    double m_from = 0;
    double m_to = 0;
    double m_current = 0;
    int m_leftMargin = 0;
    QLocale m_locale;
    std::vector<quint32> m_counts;
    QImage m_histogram;
    OverviewGeometry::Part m_dragPart = OverviewGeometry::Part::None;
    double m_pressX = 0;
    double m_pressFrom = 0;
    double m_pressTo = 0;
};

} // namespace at
