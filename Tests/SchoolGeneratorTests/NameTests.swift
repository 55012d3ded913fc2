import JournalCore
import Testing
@testable import SchoolGenerator

@Suite struct NameTests {
    @Test func femaleSurnames() {
        #expect(PersonName.feminine("Иванов") == "Иванова")
        #expect(PersonName.feminine("Соловьёв") == "Соловьёва")
        #expect(PersonName.feminine("Ильин") == "Ильина")
        #expect(PersonName.feminine("Успенский") == "Успенская")
        #expect(PersonName.feminine("Высоцкий") == "Высоцкая")
        #expect(PersonName.feminine("Береговой") == "Береговая")
        #expect(PersonName.feminine("Шевченко") == "Шевченко")
        #expect(PersonName.feminine("Черных") == "Черных")
    }

    /// Surname, name and patronymic agree in gender: Иванова Анна Петровна.
    @Test func fullNamesAgreeInGender() {
        let lists = NameLists.shared
        let girls = Set(lists.girls + lists.adultWomen)
        let boys = Set(lists.boys + lists.adultMen.map(\.name))
        let maleSurnames = Set(lists.surnames)
        let people = Fixtures.mediumYear.students.map(\.fullName) + Fixtures.mediumYear.accounts.filter { $0.has(.teacher) }.map(\.fullName)
        for person in people {
            let parts = person.split(separator: " ").map(String.init)
            #expect(parts.count == 3, "\(person)")
            if girls.contains(parts[1]) {
                #expect(parts[2].hasSuffix("на"), "\(person)")
                #expect(!maleSurnames.contains(parts[0]) || PersonName.feminine(parts[0]) == parts[0], "\(person)")
            } else {
                #expect(boys.contains(parts[1]) && parts[2].hasSuffix("ич"), "\(person)")
                #expect(maleSurnames.contains(parts[0]), "\(person)")
            }
        }
    }

    @Test func brothersAndSistersShareTheFathersName() {
        let s = Fixtures.mediumYear
        let children = Dictionary(grouping: s.guardians, by: \.parentLogin).values.filter { $0.count >= 2 }
        #expect(!children.isEmpty)
        let students = Dictionary(uniqueKeysWithValues: s.students.map { ($0.code, $0.fullName) })
        for family in children {
            let patronymics = Set(family.map { String(students[$0.studentCode]!.split(separator: " ")[2].prefix(4)) })
            #expect(patronymics.count == 1)
        }
    }

    @Test func loginsAreTransliterated() {
        var maker = LoginMaker(reserved: ["admin"])
        let name = PersonName(surname: "Щербакова", given: "Юлия", patronymic: "Андреевна")
        #expect(maker.login(for: name) == "shcherbakova.iua")
        #expect(maker.login(for: name) == "shcherbakova.iua2")
        #expect(maker.unique("admin") == "admin2")
    }

    @Test func theSchoolLooksRussian() {
        let school = Fixtures.small.school
        #expect(school.name.hasPrefix("МБОУ СОШ № "))
        #expect(school.timeZoneID == "Europe/Moscow")
        #expect(school.academicYear == "2026/2027")
        #expect(Fixtures.small.bells.first?.start.text == "08:30" && Fixtures.small.bells.first?.end.text == "09:15")
    }
}
