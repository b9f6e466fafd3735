// Must not compile: a widget or model that speaks SQL itself (see CMakeLists.txt).
#include <QSqlQuery>
