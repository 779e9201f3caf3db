// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "ui/timeline/render/timescale.h"

#include <algorithm>
#include <cmath>

namespace at {

TimeScale::TimeScale(double from, double to, double x0, double width)
{
    m_x0 = x0;
    m_width = std::max(1.0, width);
    m_from = from;
    m_pixelsPerDay = m_width / std::max(1e-9, to - from);
}

void TimeScale::setPixelRange(double x0, double width)
{
    const double from = m_from;
    const double to = this->to();
    m_x0 = x0;
    m_width = std::max(1.0, width);
    m_from = from;
    m_pixelsPerDay = m_width / std::max(1e-9, to - from);
}

void TimeScale::setRange(double from, double to)
{
    if (!(to > from))
        return;
    m_from = from;
    m_pixelsPerDay = m_width / (to - from);
    clamp();
}

void TimeScale::setLimits(double minSpan, double boundFrom, double boundTo)
{
    m_minSpan = std::max(1e-6, minSpan);
    m_boundFrom = boundFrom;
    m_boundTo = std::max(boundTo, boundFrom + m_minSpan);
    clamp();
}

void TimeScale::zoom(double factor, double anchorX)
{
    if (!(factor > 0) || !std::isfinite(factor))
        return;
    const double anchorTime = toTime(anchorX);
    const double span = std::clamp(this->span() / factor, m_minSpan, maxSpan());
    m_pixelsPerDay = m_width / span;
    m_from = anchorTime - (anchorX - m_x0) / m_pixelsPerDay;
    clamp();
}

void TimeScale::pan(double dx)
{
    m_from -= dx / m_pixelsPerDay;
    clamp();
}

void TimeScale::centerOn(double time)
{
    m_from = time - span() / 2;
    clamp();
}

void TimeScale::clamp()
{
    double span = std::clamp(this->span(), m_minSpan, maxSpan());
    m_pixelsPerDay = m_width / span;
    m_from = std::clamp(m_from, m_boundFrom, m_boundTo - span);
}

} // namespace at
