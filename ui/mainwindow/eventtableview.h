// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include <QTableView>

namespace at {

class EventFilterProxy;
class ViewState;

// The events as a sortable table, following and setting the shared selection. The window's central view
// until the timeline lands; afterwards a list of the filtered events in a dock.
class EventTableView : public QTableView {
    Q_OBJECT
public:
    EventTableView(EventFilterProxy *proxy, ViewState *state, QWidget *parent = nullptr);

Q_SIGNALS:
    // Enter or a double-click: show the event's details.
    void eventActivated(int eventIndex);

private:
    void followSelection();

    EventFilterProxy *m_proxy;
    ViewState *m_state;
    bool m_following = false;
};

} // namespace at
