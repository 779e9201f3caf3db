// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include <QObject>
#include <QStringList>
#include <functional>

class QMimeData;

namespace at {

// Lets a window take dataset and table files dropped onto it: an event filter on the window that accepts
// drags of local .json and .csv files and hands the paths to `onDrop`. Installing it turns on the window's
// acceptDrops.
class ImportDropTarget : public QObject {
    Q_OBJECT
public:
    ImportDropTarget(QWidget *target, std::function<void(const QStringList &)> onDrop);

    // The local files of a drag that this would take: every file must be .json or .csv, and a folder stands
    // for the .json and .csv files in it (none: the drag is refused).
    static QStringList importableFiles(const QMimeData *mime);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    std::function<void(const QStringList &)> m_onDrop;
};

} // namespace at
