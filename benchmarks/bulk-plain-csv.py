#!/usr/bin/env python3
"""Turns a generated input folder into CSV files for Neo4j's import tool as they are, with no validation, name
resolution or aggregation: one node per company, person, case and unresolved litigation party, one relationship per
invoice, shareholding, office and case party. This is the 'plain import tool' side of benchmarks/bulk.sh; its
preparation time is not counted (the files are 'pre-made').

    benchmarks/bulk-plain-csv.py DATA_DIR OUT_DIR      # prints the neo4j-admin arguments, one per line
"""
import csv
import os
import shutil
import sys

COMPANY_HOLDERS = {"company", "enterprise", "企业", "企业法人", "法人"}


def rows(path):
    with open(path, newline="", encoding="utf-8") as f:
        yield from csv.DictReader(f)


def writer(path, header):
    f = open(path, "w", newline="", encoding="utf-8")
    w = csv.writer(f)
    w.writerow(header)
    return f, w


def main(data, out):
    os.makedirs(out, exist_ok=True)
    anchors = {r["uscc"].strip() for r in rows(f"{data}/anchors.csv")}
    borrowers = {r["uscc"].strip() for r in rows(f"{data}/borrowers.csv")}
    companies = set()
    f, w = writer(f"{out}/companies.csv", ["uscc:ID(Company)", ":LABEL", "name", "industryCode", "registeredCapital",
                                           "foundedOn", "status", "scale", "address", "businessScope"])
    for r in rows(f"{data}/companies.csv"):
        uscc = r["uscc"].strip()
        if uscc in companies:
            continue
        companies.add(uscc)
        labels = ";".join(["Company"] + (["Anchor"] if uscc in anchors else []) + (["Borrower"] if uscc in borrowers else []))
        w.writerow([uscc, labels, r["name"], r["industry_code"], r["registered_capital"], r["founded_on"], r["status"],
                    r["scale"], r["address"], r["business_scope"]])
    persons = {}
    holdings_p = []
    holdings_c = []
    for r in rows(f"{data}/shareholders.csv"):
        holder = r["holder_id"].strip()
        rel = [holder, r["company_uscc"].strip(), r["stake"], r["subscribed_capital"], r["since"]]
        if r["holder_type"].strip().lower() in COMPANY_HOLDERS:
            if holder not in companies:
                companies.add(holder)
                w.writerow([holder, "Company", r["holder_name"], "", "", "", "", "", "", ""])
            holdings_c.append(rel)
        else:
            persons[holder] = r["holder_name"]
            holdings_p.append(rel)
    f.close()
    for r in rows(f"{data}/officers.csv"):
        persons[r["person_id"].strip()] = r["person_name"]
    f, w = writer(f"{out}/persons.csv", ["id:ID(Person)", "name"])
    w.writerows(persons.items())
    f.close()
    for name, rels, group in (("holdings-person", holdings_p, "Person"), ("holdings-company", holdings_c, "Company")):
        f, w = writer(f"{out}/{name}.csv", [f":START_ID({group})", ":END_ID(Company)", "stake", "subscribedCapital", "since"])
        w.writerows(rels)
        f.close()
    f, w = writer(f"{out}/officers.csv", [":START_ID(Person)", ":END_ID(Company)", "personName", "role"])
    for r in rows(f"{data}/officers.csv"):
        w.writerow([r["person_id"].strip(), r["company_uscc"].strip(), r["person_name"], r["role"]])
    f.close()
    cases = set()
    f, w = writer(f"{out}/cases.csv", ["caseNo:ID(Case)", "court", "cause", "kind", "filedOn", "closedOn", "amount", "status"])
    for r in rows(f"{data}/cases.csv"):
        if r["case_no"] not in cases:
            cases.add(r["case_no"])
            w.writerow([r["case_no"], r["court"], r["cause"], r["kind"], r["filed_on"], r["closed_on"], r["amount"], r["status"]])
    f.close()
    parties = {}
    by_company = []
    by_party = []
    for r in rows(f"{data}/case_parties.csv"):
        uscc = r["party_uscc"].strip()
        if uscc:
            by_company.append([uscc, r["case_no"], r["role"], r["party_name"]])
        else:
            key = r["case_no"] + "|" + r["party_name"]
            parties[key] = r["party_name"]
            by_party.append([key, r["case_no"], r["role"], r["party_name"]])
    f, w = writer(f"{out}/parties.csv", ["key:ID(Party)", "name"])
    w.writerows(parties.items())
    f.close()
    for name, rels, group in (("party-company", by_company, "Company"), ("party-party", by_party, "Party")):
        f, w = writer(f"{out}/{name}.csv", [f":START_ID({group})", ":END_ID(Case)", "role", "partyName"])
        w.writerows(rels)
        f.close()
    # invoices: the export as it is, behind a header of its own (its first line is skipped by copying the rest)
    with open(f"{out}/invoices-header.csv", "w", encoding="utf-8") as h:
        h.write("invoiceNo,:START_ID(Company),:END_ID(Company),issuedOn,amount,taxAmount,itemName,taxCode,kind,originalInvoiceNo\n")
    with open(f"{data}/invoices.csv", "rb") as src, open(f"{out}/invoices.csv", "wb") as dst:
        src.readline()
        shutil.copyfileobj(src, dst, 1 << 20)
    args = [f"--nodes=Company={out}/companies.csv", f"--nodes=Person={out}/persons.csv", f"--nodes=Case={out}/cases.csv",
            f"--nodes=Party={out}/parties.csv",
            f"--relationships=INVOICE={out}/invoices-header.csv,{out}/invoices.csv",
            f"--relationships=HOLDS_SHARES={out}/holdings-person.csv", f"--relationships=HOLDS_SHARES={out}/holdings-company.csv",
            f"--relationships=OFFICER_OF={out}/officers.csv",
            f"--relationships=PARTY_TO={out}/party-company.csv", f"--relationships=PARTY_TO={out}/party-party.csv"]
    print("\n".join(args))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
