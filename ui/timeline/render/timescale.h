// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

namespace at {

// The mapping between time (Julian days, as doubles) and x in pixels, and the rules for moving it:
// zoom keeps the time under the anchor fixed; pan and zoom stay within the limits.
// Day D (an integer Julian day) covers [D - 0.5, D + 0.5): an event on that day is drawn at D.
class TimeScale {
public:
    TimeScale() = default;
    TimeScale(double from, double to, double x0, double width);

    double from() const { return m_from; }
    double to() const { return m_from + span(); }
    double span() const { return m_width / m_pixelsPerDay; }
    double x0() const { return m_x0; }
    double width() const { return m_width; }
    double pixelsPerDay() const { return m_pixelsPerDay; }

    double toX(double time) const { return m_x0 + (time - m_from) * m_pixelsPerDay; }
    double toTime(double x) const { return m_from + (x - m_x0) / m_pixelsPerDay; }

    // Keeps the visible time range and changes where it is drawn.
    void setPixelRange(double x0, double width);
    // Shows [from, to], clamped to the limits.
    void setRange(double from, double to);

    // How far one may zoom and where one may go. `boundFrom`/`boundTo` is the time the view may show;
    // the span stays between `minSpan` and the bounds' span.
    void setLimits(double minSpan, double boundFrom, double boundTo);
    double boundFrom() const { return m_boundFrom; }
    double boundTo() const { return m_boundTo; }
    double minSpan() const { return m_minSpan; }
    double maxSpan() const { return m_boundTo - m_boundFrom; }

    // factor > 1 zooms in. The time at anchorX stays at anchorX unless a limit is reached.
    void zoom(double factor, double anchorX);
    // Moves the content by dx pixels, the way a drag does: dx > 0 shows earlier times.
    void pan(double dx);
    // Shows the time range at the same span, centred on `time`.
    void centerOn(double time);

private:
    void clamp();

    double m_from = 0;
    double m_x0 = 0;
    double m_width = 1;
    double m_pixelsPerDay = 1;
    double m_minSpan = 1;
    double m_boundFrom = -1e12;
    double m_boundTo = 1e12;
};

} // namespace at
