// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "ui/import/importdrop.h"

#include "app/core/import/datasetpaths.h"

#include <QCoreApplication>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QMimeData>
#include <QUrl>
#include <QWidget>

namespace at {

ImportDropTarget::ImportDropTarget(QWidget *target, std::function<bool()> accepting,
                                   std::function<void(const QStringList &)> onDrop)
    : QObject(target), m_target(target), m_accepting(std::move(accepting)), m_onDrop(std::move(onDrop))
{
    target->setAcceptDrops(true);
    // Drag events go to the deepest widget that accepts drops; the application's filter sees them first.
    QCoreApplication::instance()->installEventFilter(this);
}

QStringList ImportDropTarget::importableFiles(const QMimeData *mime)
{
    QStringList files;
    if (!mime || !mime->hasUrls())
        return files;
    for (const QUrl &url : mime->urls()) {
        if (!url.isLocalFile())
            return {};
        const QString path = url.toLocalFile();
        if (!QFileInfo(path).isDir() && !isDatasetFileName(path))
            return {}; // a drop is taken whole or not at all
        files << path;
    }
    // A folder stands for the dataset files in it; one without any refuses the drop.
    const auto expanded = datasetFiles(files);
    return expanded ? *expanded : QStringList();
}

bool ImportDropTarget::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    if (type != QEvent::DragEnter && type != QEvent::DragMove && type != QEvent::Drop)
        return false;
    auto *widget = qobject_cast<QWidget *>(watched);
    if (!widget || (widget != m_target && !m_target->isAncestorOf(widget)) || !m_accepting())
        return false;
    switch (type) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *drag = static_cast<QDragMoveEvent *>(event);
        if (importableFiles(drag->mimeData()).isEmpty())
            return false;
        drag->acceptProposedAction();
        return true;
    }
    case QEvent::Drop: {
        auto *drop = static_cast<QDropEvent *>(event);
        const QStringList files = importableFiles(drop->mimeData());
        if (files.isEmpty())
            return false;
        drop->acceptProposedAction();
        m_onDrop(files);
        return true;
    }
    default:
        return false;
    }
}

} // namespace at
