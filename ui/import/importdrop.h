// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include <QObject>
#include <QStringList>
#include <functional>

class QMimeData;

namespace at {

// Lets a window take dataset and table files dropped onto it, anywhere in it: an event filter that accepts
// drags of local .json and .csv files and hands the paths to `onDrop`, while `accepting` says yes (not while
// an import runs: a drop then would be lost). Installing it turns on the window's acceptDrops. Fields that
// take drops of their own (a search field, a note) would paste such a file's path: the filter watches the
// application's events too and takes those drags first, for every widget in the target's window.
class ImportDropTarget : public QObject {
    Q_OBJECT
public:
    ImportDropTarget(QWidget *target, std::function<bool()> accepting,
                     std::function<void(const QStringList &)> onDrop);

    // The local files of a drag that this would take: every file must be .json or .csv, and a folder stands
    // for the .json and .csv files in it (none: the drag is refused).
    static QStringList importableFiles(const QMimeData *mime);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_target;
    std::function<bool()> m_accepting;
    std::function<void(const QStringList &)> m_onDrop;
};

} // namespace at
