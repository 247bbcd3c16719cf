package org.cradle.adapters.persistence.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "organisation")
public class OrganisationEntity {

    @Id
    @Column(length = 64)
    public String code;

    @Column(nullable = false, length = 200)
    public String name;

    @Column(name = "contact_email", length = 254)
    public String contactEmail;

    @Column(length = 20)
    public String sector;

    @Version
    public long version;
}
