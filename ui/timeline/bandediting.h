// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "app/core/annotations/annotation.h"
#include "ui/timeline/render/frameplan.h"

#include <QPointF>
#include <optional>

namespace at {

// The part of an annotation's band under the pointer: one of its ends (to resize it) or the rest (to move
// it), in a frame as drawn.
struct BandGrip {
    enum class Part : quint8 { Start, Body, End };
    int mark = -1; // into the decorations' marks
    Part part = Part::Body;
};
// The band under `pos`, the one drawn last where bands overlap; an end within `reach` pixels of it.
std::optional<BandGrip> bandAt(const FramePlan &frame, QPointF pos, double reach = 4);

// A band being moved or resized by hand: the range it had when grabbed and where it was grabbed. Whole
// days; a range never gets shorter than one day.
struct BandDrag {
    QString id;
    BandGrip grip;
    AnnotationTarget target; // as saved
    double pressTime = 0;    // the axis's time (Julian day) under the pointer when grabbed

    // The range once the pointer is at `time`.
    AnnotationTarget rangeAt(double time) const;
};

// What a key does to a selected band: Left and Right move it a day, with Shift they move its last day, with
// Ctrl its first. Nothing for any other key.
std::optional<AnnotationTarget> rangeForKey(const AnnotationTarget &target, int key,
                                            Qt::KeyboardModifiers modifiers);

} // namespace at
