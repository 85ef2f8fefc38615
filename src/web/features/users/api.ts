import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { CreateUserRequest, UpdateUserRequest, User, UserList } from '../../api/types';

const USERS = 'users';

export function useUsers(filter: { q: string; limit: number; offset: number }) {
  return useQuery({
    queryKey: [USERS, filter],
    queryFn: () =>
      api<UserList>('/api/users', {
        query: { q: filter.q || undefined, limit: filter.limit, offset: filter.offset },
      }),
    placeholderData: keepPreviousData,
  });
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateUserRequest) => api<User>('/api/users', { method: 'POST', json: body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [USERS] }),
  });
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: UpdateUserRequest & { id: string }) =>
      api<User>(`/api/users/${id}`, { method: 'PATCH', json: body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [USERS] }),
  });
}

export function useResetPassword() {
  return useMutation({
    mutationFn: ({ id, newPassword }: { id: string; newPassword: string }) =>
      api(`/api/users/${id}/password`, { method: 'POST', json: { newPassword } }),
  });
}
