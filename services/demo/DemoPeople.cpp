// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CaseDesk contributors
#include "DemoPeople.h"

#include "intake/PersonalNumber.h"

#include <algorithm>
#include <initializer_list>

namespace casedesk::demo {

namespace {

QList<QString> utf8List(std::initializer_list<const char*> items)
{
    QList<QString> list;
    list.reserve(qsizetype(items.size()));
    for (const char* item : items)
        list.append(QString::fromUtf8(item));
    return list;
}

const QList<QString>& femaleNames()
{
    static const QList<QString> names =
        utf8List({"Anna",    "Eva",    "Maria",   "Karin",   "Kristina",  "Lena",      "Sara",    "Kerstin",
                  "Emma",    "Ingrid", "Marie",   "Malin",   "Jenny",     "Hanna",     "Linda",   "Annika",
                  "Susanne", "Elin",   "Monica",  "Johanna", "Birgitta",  "Ulla",      "Camilla", "Sofia",
                  "Ida",     "Helena", "Louise",  "Åsa",     "Margareta", "Elisabeth", "Fatima",  "Amira",
                  "Leila",   "Agneta", "Gunilla", "Therese", "Frida",     "Josefin",   "Matilda", "Ebba"});
    return names;
}

const QList<QString>& maleNames()
{
    static const QList<QString> names =
        utf8List({"Lars",   "Mikael", "Anders",  "Johan",    "Erik",      "Per",    "Karl",    "Peter",
                  "Jan",    "Thomas", "Daniel",  "Fredrik",  "Hans",      "Bengt",  "Andreas", "Stefan",
                  "Mats",   "Magnus", "Mattias", "Jonas",    "Marcus",    "Niklas", "Björn",   "Oskar",
                  "Gustav", "Sven",   "Ahmed",   "Mohammad", "Ali",       "Göran",  "Håkan",   "Leif",
                  "Robert", "Emil",   "Viktor",  "Anton",    "Sebastian", "Jörgen", "Kent",    "Olof"});
    return names;
}

const QList<QString>& girlNames()
{
    static const QList<QString> names =
        utf8List({"Alice", "Maja", "Vera",  "Alma",  "Olivia", "Ella",   "Wilma", "Astrid",
                  "Elsa",  "Saga", "Selma", "Signe", "Ellen",  "Stella", "Lilly", "Freja",
                  "Juni",  "Ines", "Nora",  "Tyra",  "Meja",   "Leah",   "Hedda", "Isra"});
    return names;
}

const QList<QString>& boyNames()
{
    static const QList<QString> names =
        utf8List({"Noah",  "William", "Hugo",   "Liam",   "Lucas",   "Oliver", "Elias",   "Alexander",
                  "Adam",  "Leo",     "Matteo", "Nils",   "Vincent", "Theo",   "Ludvig",  "Sixten",
                  "Harry", "Frans",   "Otto",   "Melvin", "Malte",   "Omar",   "Charlie", "Loke"});
    return names;
}

const QList<QString>& lastNames()
{
    static const QList<QString> names = utf8List(
        {"Andersson", "Johansson", "Karlsson",   "Nilsson",    "Eriksson",    "Larsson",    "Olsson",
         "Persson",   "Svensson",  "Gustafsson", "Pettersson", "Jonsson",     "Jansson",    "Hansson",
         "Bengtsson", "Jönsson",   "Lindberg",   "Jakobsson",  "Magnusson",   "Olofsson",   "Lindström",
         "Lindqvist", "Lindgren",  "Berg",       "Axelsson",   "Bergström",   "Lundberg",   "Lind",
         "Lundgren",  "Lundqvist", "Mattsson",   "Berglund",   "Fredriksson", "Sandberg",   "Henriksson",
         "Forsberg",  "Sjöberg",   "Wallin",     "Engström",   "Eklund",      "Danielsson", "Håkansson",
         "Björk",     "Bergman",   "Holm",       "Wikström",   "Samuelsson",  "Isaksson",   "Öberg",
         "Nordström", "Ali",       "Mohammed",   "Ahmed",      "Hassan",      "Yilmaz",     "Nowak",
         "Nguyen",    "Åberg",     "Ekström",    "Strand"});
    return names;
}

const QList<QString>& streets()
{
    static const QList<QString> names =
        utf8List({"Storgatan",        "Kyrkogatan",      "Drottninggatan", "Södra vägen",   "Björkvägen",
                  "Ekvägen",          "Lärkgatan",       "Skolgatan",      "Järnvägsgatan", "Parkvägen",
                  "Åsgatan",          "Ringvägen",       "Vasagatan",      "Kungsgatan",    "Trädgårdsgatan",
                  "Bäckvägen",        "Granvägen",       "Tallvägen",      "Solvägen",      "Ängsvägen",
                  "Hamngatan",        "Strandvägen",     "Kvarnvägen",     "Sjöviksvägen",  "Lindallén",
                  "Smedjegatan",      "Prästgårdsvägen", "Blåklintsvägen", "Rönnvägen",     "Östra Allén",
                  "Mejerigatan",      "Furuvägen",       "Hagagatan",      "Idrottsvägen",  "Fältvägen",
                  "Norra Kyrkogatan", "Bryggaregatan",   "Humlegången",    "Ekorrvägen",    "Gärdesvägen"});
    return names;
}

struct Locality
{
    const char* city;
    int firstPostalCode;
    int lastPostalCode;
    int weight;
};

// The municipality's town and its villages; the town gets most of the people.
constexpr Locality kLocalities[] = {
    {"Helsingborg", 25220, 25669, 70}, {"Råå", 25270, 25275, 5},     {"Ödåkra", 26035, 26035, 6},
    {"Mörarp", 26034, 26034, 3},       {"Påarp", 26033, 26033, 3},   {"Rydebäck", 26036, 26036, 5},
    {"Kattarp", 26041, 26041, 2},      {"Hittarp", 26040, 26040, 3}, {"Allerum", 26037, 26037, 3},
};

int luhn(const QString& nineDigits)
{
    return PersonalNumber::checkDigit(nineDigits);
}

QString twoDigits(int value)
{
    return QString::number(value).rightJustified(2, QLatin1Char('0'));
}

} // namespace

Applicant DemoPerson::toApplicant() const
{
    return Applicant{personalNumber, name(), email, phone, address, protectedIdentity, {}};
}

namespace DemoPeople {

QString asciiFold(const QString& text)
{
    QString folded;
    folded.reserve(text.size());
    for (const QChar c : text.toLower()) {
        switch (c.unicode()) {
        case 0xE5: // å
        case 0xE4: // ä
        case 0xE1: // á
            folded += QLatin1Char('a');
            break;
        case 0xF6: // ö
        case 0xF8: // ø
            folded += QLatin1Char('o');
            break;
        case 0xE9: // é
        case 0xE8: // è
            folded += QLatin1Char('e');
            break;
        case 0xFC: // ü
            folded += QLatin1Char('u');
            break;
        default:
            if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
                folded += c;
            else if (c == QLatin1Char(' ') || c == QLatin1Char('-'))
                folded += QLatin1Char('-');
        }
    }
    return folded;
}

QString personalNumber(DemoRandom& random, const QDate& born, bool female, bool coordination)
{
    // The birth number's last digit is even for women and odd for men.
    int serial = int(random.between(0, 499)) * 2 + (female ? 0 : 1);
    if (serial == 0)
        serial = 2; // birth number 000 is never issued

    const int day = born.day() + (coordination ? 60 : 0);
    const QString nine = twoDigits(born.year() % 100) + twoDigits(born.month()) + twoDigits(day) +
                         QString::number(serial).rightJustified(3, QLatin1Char('0'));
    return QString::number(born.year()) + nine.mid(2, 4) + QLatin1Char('-') + nine.right(3) +
           QString::number(luhn(nine));
}

QString organisationNumber(DemoRandom& random)
{
    // Aktiebolag: 55 followed by the registration number; the third digit is at least 2.
    const QString nine = QStringLiteral("55") + QString::number(random.between(6000000, 9999999));
    return nine.left(6) + QLatin1Char('-') + nine.mid(6) + QString::number(luhn(nine));
}

QString lastName(DemoRandom& random)
{
    return random.pick(lastNames());
}

QString firstName(DemoRandom& random, bool female)
{
    return random.pick(female ? femaleNames() : maleNames());
}

QString street(DemoRandom& random)
{
    QString text = random.pick(streets()) + QLatin1Char(' ') + QString::number(random.between(1, 98));
    if (random.chance(0.08))
        text += QLatin1Char(char('A' + random.between(0, 2)));
    return text;
}

Address address(DemoRandom& random)
{
    int total = 0;
    for (const Locality& l : kLocalities)
        total += l.weight;
    int roll = int(random.between(0, total - 1));
    const Locality* chosen = &kLocalities[0];
    for (const Locality& l : kLocalities) {
        if (roll < l.weight) {
            chosen = &l;
            break;
        }
        roll -= l.weight;
    }
    const int postal = int(random.between(chosen->firstPostalCode, chosen->lastPostalCode));
    return Address{street(random), QString::number(postal), QString::fromUtf8(chosen->city)};
}

QString email(DemoRandom& random, const QString& firstName, const QString& lastName)
{
    static const QList<QString> domains{QStringLiteral("example.com"), QStringLiteral("example.net"),
                                        QStringLiteral("example.org"), QStringLiteral("mail.example.se")};
    const QString first = asciiFold(firstName);
    const QString last = asciiFold(lastName);
    QString local;
    switch (random.weighted({50, 20, 15, 15})) {
    case 0:
        local = first + QLatin1Char('.') + last;
        break;
    case 1:
        local = first + last + QString::number(random.between(1, 99));
        break;
    case 2:
        local = first.left(1) + QLatin1Char('.') + last;
        break;
    default:
        local = last + QLatin1Char('.') + first;
        break;
    }
    return local + QLatin1Char('@') + random.pick(domains);
}

QString phone(DemoRandom& random)
{
    static const QList<QString> prefixes{QStringLiteral("070"), QStringLiteral("072"), QStringLiteral("073"),
                                         QStringLiteral("076"), QStringLiteral("079"), QStringLiteral("042")};
    const QString prefix = random.pick(prefixes);
    if (prefix == QLatin1String("042")) // a landline in the area
        return prefix + QLatin1Char('-') + QString::number(random.between(100000, 999999));
    return prefix + QLatin1Char('-') + QString::number(random.between(100, 999)) + QLatin1Char(' ') +
           twoDigits(int(random.between(0, 99))) + QLatin1Char(' ') + twoDigits(int(random.between(0, 99)));
}

DemoPerson adult(DemoRandom& random, const QDate& today, int minAge, int maxAge)
{
    DemoPerson p;
    p.female = random.chance(0.52);
    p.firstName = firstName(random, p.female);
    p.lastName = lastName(random);
    const QDate oldest = today.addYears(-maxAge - 1).addDays(1);
    const QDate youngest = today.addYears(-minAge);
    p.birthDate = oldest.addDays(random.between(0, oldest.daysTo(youngest)));
    p.personalNumber = personalNumber(random, p.birthDate, p.female, random.chance(0.005));
    p.address = address(random);
    if (random.chance(0.88))
        p.email = email(random, p.firstName, p.lastName);
    if (random.chance(0.8))
        p.phone = phone(random);
    return p;
}

DemoPerson child(DemoRandom& random, int birthYear, const QDate& today, const DemoPerson& guardian)
{
    DemoPerson p;
    p.female = random.chance(0.49);
    p.firstName = random.pick(p.female ? girlNames() : boyNames());
    p.lastName = guardian.lastName;
    QDate born(birthYear, 1, 1);
    born = born.addDays(random.between(0, born.daysInYear() - 1));
    if (born > today)
        born = today.addYears(-6);
    p.birthDate = born;
    p.personalNumber = personalNumber(random, born, p.female);
    p.address = guardian.address;
    p.protectedIdentity = guardian.protectedIdentity;
    return p;
}

DemoPerson partnerOf(DemoRandom& random, const DemoPerson& person, const QDate& today)
{
    const int age = person.birthDate.daysTo(today) / 365;
    DemoPerson p = adult(random, today, std::max(18, age - 6), std::max(20, age + 6));
    if (random.chance(0.6))
        p.lastName = person.lastName;
    p.address = person.address;
    p.protectedIdentity = person.protectedIdentity;
    if (!p.email.isEmpty())
        p.email = email(random, p.firstName, p.lastName);
    return p;
}

} // namespace DemoPeople
} // namespace casedesk::demo
