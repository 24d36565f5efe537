"""Balance and coverage: browse countries, regions, DID groups and numbers with includes, filters,
sorting, sparse fieldsets and pages.

    python examples/balance_and_coverage.py [--async]
"""

from __future__ import annotations

import sys
from pathlib import Path

if not __package__:  # run as `python examples/balance_and_coverage.py`: make `examples` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import didww
from examples._common import Summary, run_example, say, step

Q = didww.QueryParams


def groups_query(country_id: str) -> didww.QueryParams:
    """DID groups of a country with their prices and type, two per page."""
    return (
        Q()
        .include("stock_keeping_units", "did_group_type")
        .filter("country.id", country_id)
        .sort("area_name")
        .page(number=1, size=2)
    )


def describe_group(group: didww.DIDGroup) -> str:
    kind = group.did_group_type.name if group.did_group_type else "?"
    skus = ", ".join(
        f"{sku.setup_price}+{sku.monthly_price}/month ({sku.channels_included_count} channels)"
        for sku in group.stock_keeping_units
    )
    return f"{group.prefix} {group.area_name} [{kind}]: {skus}"


def run(client: didww.Client) -> Summary:
    step("Balance")
    balance = client.balance.find()
    say(f"balance {balance.balance} + credit {balance.credit} = {balance.total_balance}")

    step("Countries with coverage, by name (only the name and ISO code)")
    countries = client.countries.list(
        Q().filter("is_available", True).sort("name").fields("countries", ["name", "iso"])
    )
    say(", ".join(f"{c.name} ({c.iso})" for c in countries))
    us = client.countries.list(Q().filter("iso", "US"))[0]

    step(f"Regions and cities of {us.name}")
    # /regions is answered whole (no pages): one answer holds them all.
    regions = client.regions.list(Q().filter("country.id", us.id).include("country").sort("name"))
    say("regions: " + ", ".join(f"{r.name} ({r.iso})" for r in regions))
    cities = client.cities.list(Q().filter("country.id", us.id).include("region").sort("name"))
    say("cities: " + ", ".join(f"{c.name} ({c.region.name if c.region else '-'})" for c in cities))
    prefixes = client.nanpa_prefixes.list(Q().filter("country.id", us.id))
    say("NANPA prefixes: " + ", ".join(f"{p.npa}-{p.nxx}" for p in prefixes))

    step(f"DID groups of {us.name}, page by page")
    page = client.did_groups.list(groups_query(us.id))
    say(f"{page.total_records} groups in all")
    pages = 1
    for group in page:
        say(describe_group(group))
    while page.has_next_page():
        page = page.next_page()
        pages += 1
        for group in page:
            say(describe_group(group))
    # iter() does the paging itself.
    everywhere = sum(1 for _ in client.did_groups.iter(Q().filter("is_available", True), 50))

    step("Numbers in stock in the first group that lists them")
    listed = client.did_groups.list(
        Q().filter("country.id", us.id).filter("available_dids_enabled", True).page(size=1)
    )
    available: list[didww.AvailableDID] = []
    if listed:
        # /available_dids is not paginated (one answer holds up to 100 numbers): take three.
        available = list(
            client.available_dids.list(
                Q()
                .include("did_group.stock_keeping_units")
                .filter("did_group.id", listed[0].id)
                .sort("number")
            )
        )[:3]
        for number in available:
            owner = number.did_group
            price = owner.stock_keeping_units[0].monthly_price if owner else "?"
            say(f"+{number.number} in {owner.area_name if owner else '?'}, {price}/month")

    step("Platform and regulation catalogues")
    pops = client.pops.list()
    say("points of presence: " + ", ".join(p.name for p in pops))
    types = client.did_group_types.list(Q().sort("name"))
    say("DID group types: " + ", ".join(t.name for t in types))
    proof_types = client.proof_types.list()
    say("proof types: " + ", ".join(f"{p.name} ({p.entity_type})" for p in proof_types))
    requirements = client.address_requirements.list(Q().include("country", "did_group_type"))
    for requirement in requirements:
        where = requirement.country.name if requirement.country else "?"
        say(f"address requirement in {where}: {requirement.restriction_message}")
    templates = client.supporting_document_templates.list()
    say(f"{len(templates)} supporting document templates, {len(client.public_keys.list())} keys")

    return {
        "total_balance": balance.total_balance,
        "countries": len(countries),
        "regions": len(regions),
        "did_groups": page.total_records,
        "pages": pages,
        "did_groups_everywhere": everywhere,
        "available_numbers": [n.number for n in available],
        "address_requirements": len(requirements),
    }


async def arun(client: didww.AsyncClient) -> Summary:
    step("Balance")
    balance = await client.balance.find()
    say(f"total balance {balance.total_balance}")

    step("Countries, regions and DID groups")
    countries = await client.countries.list(Q().filter("is_available", True).sort("name"))
    us = (await client.countries.list(Q().filter("iso", "US")))[0]
    regions = await client.regions.list(Q().filter("country.id", us.id).sort("name"))
    say(f"{len(countries)} countries; {us.name} has {len(regions)} regions")
    page = await client.did_groups.list(groups_query(us.id))
    pages = 1
    while page.has_next_page():
        page = await page.anext_page()
        pages += 1
    everywhere = [g.area_name async for g in client.did_groups.iter(Q().sort("area_name"), 50)]
    say(f"{page.total_records} groups in {us.name} ({pages} pages); all: {', '.join(everywhere)}")

    step("Numbers in stock")
    listed = await client.did_groups.list(
        Q().filter("country.id", us.id).filter("available_dids_enabled", True).page(size=1)
    )
    available: list[didww.AvailableDID] = []
    if listed:
        query = Q().filter("did_group.id", listed[0].id).sort("number")
        available = list(await client.available_dids.list(query))[:3]
        say(", ".join(f"+{n.number}" for n in available))
    requirements = await client.address_requirements.list()
    return {
        "total_balance": balance.total_balance,
        "countries": len(countries),
        "regions": len(regions),
        "did_groups": page.total_records,
        "pages": pages,
        "did_groups_everywhere": len(everywhere),
        "available_numbers": [n.number for n in available],
        "address_requirements": len(requirements),
    }


def main() -> None:
    run_example(__doc__, run, arun)


if __name__ == "__main__":
    main()
