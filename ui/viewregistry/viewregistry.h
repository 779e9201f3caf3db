// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include <QList>
#include <QLocale>
#include <QSize>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>
#include <optional>

class QWidget;

namespace at {

class AnnotationStore;
class Document;
class ExportSource;
class ViewState;

// What every view is built from: the data, the state it follows and writes, the language it speaks, and
// the workspace whose annotations it draws (none for a view that is never shown).
struct ViewContext {
    const Document *document = nullptr;
    ViewState *state = nullptr;
    QLocale locale;
    const AnnotationStore *annotations = nullptr;
};

// Where the main window puts a view: in the middle (one view, the timeline), or in a dock of its own that
// is built when first shown.
struct ViewPlacement {
    enum class Kind { Central, Dock };
    Kind kind = Kind::Dock;
    Qt::DockWidgetArea area = Qt::BottomDockWidgetArea;
    // The dock's object name, under which the window saves its layout ("userCountsDock").
    QString dockName;
    // Another dock to share a tab group with; empty for a place of its own.
    QString tabbedWith;

    static ViewPlacement central() { return {Kind::Central, Qt::NoDockWidgetArea, {}, {}}; }
    static ViewPlacement dock(Qt::DockWidgetArea area, QString dockName, QString tabbedWith = {})
    {
        return {Kind::Dock, area, std::move(dockName), std::move(tabbedWith)};
    }
};

// The time range [from, to] a view shows (Julian days), for the export dialog's "visible range".
struct ShownRange {
    double from = 0;
    double to = 0;
};

// One view, declared once: the window's menus and docks, the export dialog, --export and --help all read
// this. Adding a view is a folder with its widget and its ExportSource, and one ViewDescriptor added to
// the registry that the application builds (ui/application/applicationviews.cpp).
struct ViewDescriptor {
    // The view's name on the command line, in file names and object names: "timeline", "users".
    QString name;
    // Its title in the user's language, asked for when shown (the language is chosen after the registry
    // is built): "User Counts".
    std::function<QString()> title;
    // Builds the widget. The caller owns it. Views that want a context menu show the actions the window
    // adds to them (Export…).
    std::function<QWidget *(const ViewContext &context)> create;
    // What the view draws for export, for a widget that create() made. It draws the widget's data, so it
    // must not outlive it.
    std::function<std::unique_ptr<ExportSource>(QWidget *view, const ViewContext &context)> exporter;
    // The time range the widget shows now, for views that have one; unset for the others.
    std::function<std::optional<ShownRange>(const QWidget *view)> shownRange;
    // Readies a widget that is never shown (the command line) to draw a picture of `size`: by default it
    // is resized to it.
    std::function<void(QWidget *view, QSize size)> prepareHidden;
    ViewPlacement placement;
};

// The views of the application, in the order menus and --help list them. A value: the application builds
// one and passes it to whatever needs it (no global registry).
class ViewRegistry {
public:
    // Adds a view. Its name must be new: a second view of one name is a programming error, refused with a
    // fatal message at start-up rather than one of the two silently winning.
    void add(ViewDescriptor view);

    const QList<ViewDescriptor> &views() const { return m_views; }
    const ViewDescriptor *find(QStringView name) const;
    QStringList names() const;
    // The one central view, if any.
    const ViewDescriptor *central() const;

    // Builds the widget of a view for a picture that is never shown: created and readied at `size`.
    static std::unique_ptr<QWidget> createHidden(const ViewDescriptor &view, const ViewContext &context,
                                                 QSize size);

private:
    QList<ViewDescriptor> m_views;
};

} // namespace at
