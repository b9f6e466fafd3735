// Must not compile: a widget or model that reaches for the connection (see CMakeLists.txt).
#include "db/Database.h"
