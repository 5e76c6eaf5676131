package org.sanling.volunteer;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.sanling.account.Account;
import org.sanling.platform.UserFacingException;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Places a batch of sign-ups for one shift in one transaction under one row lock (see
 * {@link SignupQueue}): each in its turn is confirmed, waitlisted, answered as a replay of its client
 * UUID, or refused with its reason, without affecting the others.
 */
@Stateless
public class ShiftSignups {

    /** A volunteer asking for a place, with the client UUID that makes asking again harmless. */
    public record Request(long volunteerId, String username, UUID clientId) {
    }

    /** What became of a request: its sign-up, or why it was refused. */
    public record Outcome(SignedUp answer, UserFacingException refusal) {
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ShiftPlaces places;

    @Inject
    private Clock clock;

    /** One outcome per request, in the requests' order, which is also the order of the places given. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Outcome> placeAll(long shiftId, List<Request> requests) {
        Shift shift = places.lock(shiftId);
        Instant now = clock.instant();
        Map<Long, Account> volunteers = em.createQuery("select a from Account a where a.id in :ids", Account.class)
                .setParameter("ids", requests.stream().map(Request::volunteerId).toList())
                .getResultStream().collect(Collectors.toMap(Account::getId, Function.identity()));
        Map<String, Signup> earlier = new HashMap<>();
        em.createQuery("select s from Signup s where s.clientId in :clients", Signup.class)
                .setParameter("clients", requests.stream().map(Request::clientId).toList())
                .setHint(Signup.LOAD_GRAPH, em.getEntityGraph(Signup.WITH_CAMPAIGN))
                .getResultStream()
                .forEach(s -> earlier.put(key(s.getVolunteer().getId(), s.getClientId()), s));
        ShiftPlaces.Obstacles obstacles = places.obstacles(shift, volunteers.values());
        List<Outcome> outcomes = new ArrayList<>(requests.size());
        for (Request request : requests) {
            outcomes.add(place(shift, volunteers.get(request.volunteerId()), request, earlier, obstacles, now));
        }
        return outcomes;
    }

    private Outcome place(Shift shift, Account volunteer, Request request, Map<String, Signup> earlier,
                          ShiftPlaces.Obstacles obstacles, Instant now) {
        String key = key(request.volunteerId(), request.clientId());
        Signup replayed = earlier.get(key);
        if (replayed != null) {
            return new Outcome(new SignedUp(replayed, places.position(replayed), false), null);
        }
        try {
            places.requireOpen(shift, now);
            obstacles.require(volunteer);
            Signup signup = places.enrol(shift, volunteer, request.clientId(), request.username(), false, now);
            obstacles.taken(volunteer);
            earlier.put(key, signup);
            // A new waitlisted sign-up is the last in the queue.
            int position = signup.getStatus() == SignupStatus.WAITLISTED ? shift.getWaitlistedCount() : 0;
            return new Outcome(new SignedUp(signup, position, true), null);
        } catch (UserFacingException refused) {
            return new Outcome(null, refused);
        }
    }

    private static String key(long volunteerId, UUID clientId) {
        return volunteerId + "/" + clientId;
    }
}
