#pragma once

namespace at {

// Sets up the application (language, theme, the dataset), then runs the window or a command-line task.
int runApplication(int argc, char *argv[]);

} // namespace at
