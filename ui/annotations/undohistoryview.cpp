#include "undohistoryview.h"

namespace at {

UndoHistoryView::UndoHistoryView(QUndoStack *stack, QWidget *parent) : QUndoView(stack, parent)
{
    setObjectName(QStringLiteral("undoHistory"));
    setEmptyLabel(tr("Workspace opened"));
}

} // namespace at
