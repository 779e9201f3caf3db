// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
// Thin on purpose: everything is in at_core (data) and at_ui (widgets). See ui/application/.
#include "ui/application/application.h"

int main(int argc, char *argv[])
{
    return at::runApplication(argc, argv);
}
