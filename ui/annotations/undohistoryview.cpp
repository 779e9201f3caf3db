// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "ui/annotations/undohistoryview.h"

namespace at {

UndoHistoryView::UndoHistoryView(QUndoStack *stack, QWidget *parent) : QUndoView(stack, parent)
{
    setObjectName(QStringLiteral("undoHistory"));
    setEmptyLabel(tr("Workspace opened"));
}

} // namespace at
