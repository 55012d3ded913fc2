import Foundation
import JournalCore
import Testing
@testable import SchoolBundle

/// The rules format 2 added, each as a small change to the valid bundle and the
/// exact `file:line: column: …` messages it must give.
@Suite struct FormatTwoRuleTests {
    func issues(_ changes: [String: String?]) -> [String] {
        ValidBundle.issues(changing: changes)
    }

    func replacing(_ file: String, _ old: String, _ new: String) -> [String: String?] {
        [file: ValidBundle.file(file, replacing: old, with: new)]
    }

    func appending(_ file: String, _ line: String) -> [String: String?] {
        [file: ValidBundle.files[file]! + line + "\n"]
    }

    // MARK: - The bad inputs of issue 12

    @Test func markOfAStudentOutsideTheLessonsGroup() {
        // s1 is in group 1, lesson 8 is group 2's.
        #expect(issues(appending("marks.csv", "5,s3,4,,2024-09-02T11:00,orlova,"))
            == ["marks.csv:8: student_id: ученик «s3» не состоял в группе «5a-en1» на дату урока 02.09.2024"])
        #expect(issues(appending("attendance.csv", "6,s1,н,2024-09-04T11:00,ivanova"))
            == ["attendance.csv:4: student_id: ученик «s1» не состоял в группе «el» на дату урока 04.09.2024"])
    }

    @Test func membershipHasDates() {
        // s5 left group 2 on 2 September; the group's lesson 8 is on the 9th.
        #expect(issues(replacing("lessons.csv", "8,5a,eng,orlova,2024-09-09,3,,,,,,1,5a-en2,,Болезнь учителя",
                                 "8,5a,eng,orlova,2024-09-09,3,,,,,,0,5a-en2,,").merging(
            appending("attendance.csv", "8,s5,н,2024-09-09T11:00,orlova")) { a, _ in a })
            == ["attendance.csv:4: student_id: ученик «s5» не состоял в группе «5a-en2» на дату урока 09.09.2024"])
    }

    @Test func transferredStudentBelongsToEachClassForItsOwnDates() {
        // s5 moved from 5a to 6b on 3 September: 5a's lesson of the 2nd is theirs, 6b's of the 3rd too, 5a's of the 9th not.
        #expect(issues(appending("marks.csv", "1,s5,3,,2024-09-02T09:00,ivanova,")).isEmpty)
        #expect(issues(appending("marks.csv", "4,s5,3,,2024-09-09T09:00,ivanova,"))
            == ["marks.csv:8: student_id: ученик «s5» не числился в классе «5a» на дату урока 09.09.2024"])
    }

    /// The stay that overlaps is dropped, and s5's mark in 6b is not reported as a second error.
    @Test func overlappingStays() {
        #expect(issues(replacing("enrollments.csv", "s5,6b,2024-09-03,,", "s5,6b,2024-09-02,,"))
            == ["enrollments.csv:7: from: пребывание пересекается с пребыванием того же ученика в классе «5a» (строка 6): "
                + "ученик в один день числится в одном классе"])
    }

    @Test func studentWithoutAnyStay() {
        #expect(issues(replacing("enrollments.csv", "s4,6b,2024-09-01,,\n", ""))
            == ["students.csv:5: id: у ученика нет ни одной строки в enrollments.csv: укажите, в каком классе и с какого дня он учится"])
    }

    @Test func workdayWithoutWeekday() {
        #expect(issues(replacing("calendar.csv", "2024-11-02,workday,1,", "2024-11-02,workday,,"))
            == ["calendar.csv:3: weekday: у рабочего дня (workday) нужен день недели, чьё расписание он повторяет: weekday от 1 (пн) до 6 (сб)"])
        #expect(issues(replacing("calendar.csv", "2024-11-02,workday,1,", "2024-11-02,workday,7,"))
            == ["calendar.csv:3: weekday: неверный день недели «7»: нужно число от 1 (пн) до 6 (сб)"])
    }

    @Test func partGroupWithoutClassAndMixedGroupWithOne() {
        #expect(issues(replacing("groups.csv", "5a-en2,гр. 2,part,5a,", "5a-en2,гр. 2,part,,"))
            == ["groups.csv:3: class_id: у группы вида part (подгруппа класса) должен быть класс"])
        #expect(issues(replacing("groups.csv", "el,Решение задач,mixed,,", "el,Решение задач,mixed,6b,"))
            == ["groups.csv:4: class_id: группа вида mixed объединяет учеников разных классов: оставьте class_id пустым"])
        #expect(issues(replacing("groups.csv", "robo,Робототехника,extra,,", "robo,Робототехника,club,,"))
            == ["groups.csv:5: kind: неизвестный вид группы «club»: допустимы part, mixed, extra"])
    }

    @Test func dayOutsideTheAcademicYear() {
        #expect(issues(replacing("calendar.csv", "2024-11-04,holiday", "2025-11-04,holiday"))
            == ["calendar.csv:2: date: день вне учебного года 2024/2025 (01.09.2024–31.08.2025)"])
    }

    @Test func oneCalendarLinePerDayForTheSchoolAndForEachClass() {
        #expect(issues(appending("calendar.csv", "2024-10-10,closed,,6b,Ещё раз"))
            == ["calendar.csv:6: date: этот день для этого класса (или всей школы) уже есть в строке 4"])
        #expect(issues(appending("calendar.csv", "2024-10-10,short,,,Вся школа")).isEmpty)
    }

    @Test func classAndGroupOfARow() {
        #expect(issues(replacing("schedule.csv", ",3,3,math,ivanova,12,2024-09-02,,el", "5a,3,3,math,ivanova,12,2024-09-02,,el"))
            == ["schedule.csv:6: class_id: группа «el» вида mixed не входит в один класс: оставьте class_id пустым"])
        #expect(issues(replacing("schedule.csv", "5a,1,3,eng,smirnova,21,2024-09-02,,5a-en1", ",1,3,eng,smirnova,21,2024-09-02,,5a-en1"))
            == ["schedule.csv:4: class_id: группа «5a-en1» — подгруппа класса «5a»: укажите этот класс в class_id"])
        #expect(issues(replacing("lessons.csv", "5,5a,eng,orlova", "5,6b,eng,orlova"))
            == ["lessons.csv:6: class_id: группа «5a-en1» — подгруппа класса «5a», а не этого"])
        #expect(issues(replacing("plans.csv", "5a,math,1,Натуральные числа,2,", ",math,1,Натуральные числа,2,"))
            == ["plans.csv:2: class_id: не указаны ни класс (class_id), ни группа (group_id)"])
        #expect(issues(replacing("curriculum.csv", ",el,math,0.5", "6b,robo,math,0.5"))
            == ["curriculum.csv:5: class_id: группа «robo» вида extra не входит в один класс: оставьте class_id пустым"])
    }

    @Test func unknownGroup() {
        #expect(issues(replacing("lessons.csv", "6,,math,ivanova,2024-09-04,3,,,,,,0,el,,", "6,,math,ivanova,2024-09-04,3,,,,,,0,elx,,"))
            == ["lessons.csv:7: group_id: «elx» нет в groups.csv"])
        #expect(issues(replacing("group_members.csv", "robo,s1,", "rob,s1,"))
            == ["group_members.csv:8: group_id: «rob» нет в groups.csv"])
    }

    @Test func membershipsOfOneStudentInOneGroupDoNotOverlap() {
        #expect(issues(appending("group_members.csv", "el,s4,2024-10-01,2024-10-31"))
            == ["group_members.csv:9: from: ученик уже состоит в этой группе на эти даты (строка 7)"])
    }

    @Test func groupGrading() {
        #expect(issues(appending("group_grading.csv", "robo,marks"))
            == ["group_grading.csv:3: group_id: «robo» уже встречается в строке 2: идентификатор должен быть единственным в файле"])
        #expect(issues(replacing("group_grading.csv", "robo,none", "robo,stars"))
            == ["group_grading.csv:2: grading: неизвестный способ оценивания «stars»: допустимы marks, pass_fail, none"])
        #expect(issues(appending("marks.csv", "7,s1,5,,2024-09-06T11:00,petrov,"))
            == ["marks.csv:8: lesson_id: в группе «robo» отметки не ставятся (в group_grading.csv у неё none)"])
    }

    @Test func substitutionAndCancellation() {
        #expect(issues(replacing("lessons.csv", "0,5a-en1,smirnova,", "0,5a-en1,orlova,"))
            == ["lessons.csv:6: substitute_for: заменяемый учитель совпадает с тем, кто провёл урок (teacher_login)"])
        #expect(issues(replacing("lessons.csv", "0,5a-en1,smirnova,", "0,5a-en1,mama,"))
            == ["lessons.csv:6: substitute_for: у пользователя «mama» нет роли teacher (учитель) в users.csv"])
        #expect(issues(replacing("lessons.csv", ",1,5a-en2,,Болезнь учителя", ",0,5a-en2,,Болезнь учителя"))
            == ["lessons.csv:9: cancel_reason: причина отмены указана, а урок не отменён: поставьте cancelled = 1 или уберите причину"])
    }

    @Test func curriculumRows() {
        #expect(issues(appending("curriculum.csv", "5a,,math,4"))
            == ["curriculum.csv:6: subject_id: часы этого предмета для этого класса (группы) уже есть в строке 2"])
        #expect(issues(replacing("curriculum.csv", ",el,math,0.5", ",el,math,0.125"))
            == ["curriculum.csv:5: hours: неверное число часов «0.125»: нужно число от 0 до 40, например 2 или 0.5"])
    }

    @Test func shortBellsAreForLessonsOfTheBellSchedule() {
        #expect(issues(appending("bells_short.csv", "5,11:00,11:30"))
            == ["bells_short.csv:4: lesson_number: урока № 5 нет в расписании звонков bells.csv"])
    }

    @Test func lockedIsZeroOrOne() {
        #expect(issues(replacing("periods.csv", "2024-10-25,1", "2024-10-25,да"))
            == ["periods.csv:2: locked: неверное значение «да»: нужно 0 или 1"])
    }

    // MARK: - Formats

    @Test func unknownFormat() {
        #expect(issues(replacing("school.csv", "2024/2025,2", "2024/2025,3"))
            == ["school.csv:2: format: неизвестный формат выгрузки «3»: бывают 1 и 2"])
    }

    @Test func formatOneColumnInAFormatTwoBundle() {
        #expect(issues(["students.csv": "id,full_name,login,class_id\ns1,А,ilya,5a\ns2,Б,,5a\ns3,В,,5a\ns4,Г,,6b\ns5,Д,,6b\n"]) == [
            "students.csv:1: class_id: столбец формата 1: в формате 2 класс ученика и даты пребывания в нём записываются в enrollments.csv",
        ])
    }

    @Test func formatTwoFileOrColumnInAFormatOneBundle() {
        let folder = ValidBundle.folder(formatOne: true)
        folder.write("groups.csv", ValidBundle.files["groups.csv"]!)
        folder.write("plans.csv", "class_id,subject_id,seq,topic,hours,group_id\n5a,math,1,Числа,2,\n")
        let error = #expect(throws: BundleError.self) { try BundleReader(folder: folder.url).read() }
        #expect(error?.issues.map { $0.text(in: .ru) } == [
            "groups.csv: файл формата 2, а выгрузка формата 1: чтобы он читался, добавьте в school.csv столбец format со значением 2",
            "plans.csv:1: group_id: столбец формата 2, а выгрузка формата 1: чтобы он читался, добавьте в school.csv столбец format со значением 2",
        ])
    }

    @Test func enrollmentsAreRequiredInFormatTwo() {
        #expect(issues(["enrollments.csv": nil]).first == "enrollments.csv: нет обязательного файла")
    }

    @Test func issuesOfNewFilesComeInReadingOrder() {
        let changes = replacing("marks.csv", "1,s1,5,lesson", "1,s1,6,lesson")
            .merging(replacing("calendar.csv", "2024-11-02,workday,1,", "2024-11-02,workday,,")) { a, _ in a }
            .merging(replacing("groups.csv", "5a-en2,гр. 2,part,5a,", "5a-en2,гр. 2,part,,")) { a, _ in a }
        #expect(issues(changes).map { $0.prefix(while: { $0 != ":" }) } == ["groups.csv", "calendar.csv", "marks.csv"])
    }
}
