// Thin on purpose: everything is in at_core (data) and at_ui (widgets). See ui/application/.
#include "application/application.h"

int main(int argc, char *argv[]) { return at::runApplication(argc, argv); }
