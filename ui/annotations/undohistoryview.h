// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include <QUndoView>

namespace at {

// Edit > Undo History: every edit of the session, the current one highlighted; clicking a line undoes or
// redoes up to it (each step is written to the workspace like any edit).
class UndoHistoryView : public QUndoView {
    Q_OBJECT
public:
    explicit UndoHistoryView(QUndoStack *stack, QWidget *parent = nullptr);
};

} // namespace at
