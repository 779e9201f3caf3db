// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "ui/timeline/bandediting.h"

#include <cmath>

namespace at {

std::optional<BandGrip> bandAt(const FramePlan &frame, QPointF pos, double reach)
{
    if (!QRectF(frame.plot).contains(pos))
        return std::nullopt;
    for (auto it = frame.bands.rbegin(); it != frame.bands.rend(); ++it) {
        const QRectF &r = it->rect;
        if (pos.y() < r.top() || pos.y() >= r.bottom() || pos.x() < r.left() - reach ||
            pos.x() > r.right() + reach)
            continue;
        // A narrow band's ends meet: the nearer one.
        const double toStart = std::abs(pos.x() - r.left());
        const double toEnd = std::abs(pos.x() - r.right());
        BandGrip grip{it->mark, BandGrip::Part::Body};
        if (std::min(toStart, toEnd) <= reach)
            grip.part = toStart <= toEnd ? BandGrip::Part::Start : BandGrip::Part::End;
        else if (pos.x() < r.left() || pos.x() > r.right())
            continue;
        return grip;
    }
    return std::nullopt;
}

AnnotationTarget BandDrag::rangeAt(double time) const
{
    const auto days = qint64(std::llround(time - pressTime));
    switch (grip.part) {
    case BandGrip::Part::Start:
        return target.withFrom(target.from.addDays(days));
    case BandGrip::Part::End:
        return target.withTo(target.to.addDays(days));
    case BandGrip::Part::Body:
        break;
    }
    return target.moved(days);
}

std::optional<AnnotationTarget> rangeForKey(const AnnotationTarget &target, int key,
                                            Qt::KeyboardModifiers modifiers)
{
    if (key != Qt::Key_Left && key != Qt::Key_Right)
        return std::nullopt;
    const int days = key == Qt::Key_Left ? -1 : 1;
    if (modifiers & Qt::ShiftModifier)
        return target.withTo(target.to.addDays(days));
    if (modifiers & Qt::ControlModifier)
        return target.withFrom(target.from.addDays(days));
    return target.moved(days);
}

} // namespace at
