package org.cradle.contracts.subjectaccess;

import org.cradle.application.subjectaccess.SubjectAccessExports;

class InMemorySubjectAccessExportsTest extends SubjectAccessExportsContract {

    private final InMemorySubjectAccessExports exports = new InMemorySubjectAccessExports();

    @Override
    protected SubjectAccessExports exports() {
        return exports;
    }
}
