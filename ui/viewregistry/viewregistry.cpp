// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "ui/viewregistry/viewregistry.h"

#include "ui/export/exportsource.h"

#include <QWidget>

namespace at {

void ViewRegistry::add(ViewDescriptor view)
{
    if (view.name.isEmpty() || find(view.name))
        qFatal("a view named \"%s\" is registered twice or has no name", qPrintable(view.name));
    if (!view.title || !view.create || !view.exporter)
        qFatal("the view \"%s\" lacks a title, a widget or an export", qPrintable(view.name));
    if (view.placement.kind == ViewPlacement::Kind::Central && central())
        qFatal("the view \"%s\" asks for the centre, which \"%s\" has", qPrintable(view.name),
               qPrintable(central()->name));
    m_views.append(std::move(view));
}

const ViewDescriptor *ViewRegistry::find(QStringView name) const
{
    for (const ViewDescriptor &view : m_views) {
        if (view.name == name)
            return &view;
    }
    return nullptr;
}

QStringList ViewRegistry::names() const
{
    QStringList names;
    for (const ViewDescriptor &view : m_views)
        names.append(view.name);
    return names;
}

const ViewDescriptor *ViewRegistry::central() const
{
    for (const ViewDescriptor &view : m_views) {
        if (view.placement.kind == ViewPlacement::Kind::Central)
            return &view;
    }
    return nullptr;
}

std::unique_ptr<QWidget> ViewRegistry::createHidden(const ViewDescriptor &view, const ViewContext &context,
                                                    QSize size)
{
    std::unique_ptr<QWidget> widget(view.create(context));
    if (view.prepareHidden)
        view.prepareHidden(widget.get(), size);
    else
        widget->resize(size);
    return widget;
}

} // namespace at
