package org.cradle.adapters.persistence;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.cradle.application.Page;
import org.cradle.application.PageRequest;
import org.hibernate.Session;

/**
 * Plain SQL on the transaction's own connection, for the statements JPQL cannot say. Hibernate's
 * native queries are not used: each one is planned again per execution and fills the query plan
 * cache with entries that never hit (one constant statement took a quarter of the CPU of the coverage
 * question), whereas a prepared statement costs nothing to look up.
 */
public final class Jdbc {

    /** One row of a result, read into a value. */
    @FunctionalInterface
    public interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    /** What to do with the connection. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private Jdbc() {}

    public static <T> T run(EntityManager entityManager, Work<T> work) {
        Session session = entityManager.unwrap(Session.class);
        // Plain SQL sees what this transaction has persisted through JPA, as Hibernate's own native
        // queries do: a row written here may reference an entity persisted a moment before.
        if (session.isDirty()) {
            session.flush();
        }
        return session.doReturningWork(work::run);
    }

    /** The rows of {@code sql} with {@code parameters} bound in order. */
    public static <T> List<T> list(EntityManager entityManager, String sql, List<?> parameters, RowReader<T> reader) {
        return run(entityManager, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.size(); i++) {
                    statement.setObject(i + 1, parameters.get(i));
                }
                List<T> rows = new ArrayList<>();
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        rows.add(reader.read(result));
                    }
                }
                return rows;
            }
        });
    }

    /**
     * One page of the rows {@code from} (a {@code from … where …} clause) selects, in {@code order}, with
     * the total they number: counted, then read with {@code limit} and {@code offset}.
     */
    public static <T> Page<T> page(
            EntityManager entityManager,
            String columns,
            String from,
            String order,
            List<?> parameters,
            PageRequest page,
            RowReader<T> reader) {
        long total = list(entityManager, "select count(*) " + from, parameters, row -> row.getLong(1))
                .get(0);
        List<Object> paged = new ArrayList<>(parameters);
        paged.add(page.size());
        paged.add(page.offset());
        List<T> items = total <= page.offset()
                ? List.of()
                : list(
                        entityManager,
                        "select " + columns + " " + from + " order by " + order + " limit ? offset ?",
                        paged,
                        reader);
        return new Page<>(items, page, total);
    }
}
